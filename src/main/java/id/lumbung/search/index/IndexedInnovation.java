package id.lumbung.search.index;

import java.util.List;

/** What the search index knows of one published innovation: built from PostgreSQL by {@link IndexSource}. */
public record IndexedInnovation(
        long id,
        String slug,
        String name,
        String acronym,
        List<String> aliases,
        String summary,
        String outcomes,
        String body,
        String regionCode,
        String regionName,
        /** Names and aliases of the region and its ancestors. */
        List<String> regionTexts,
        /** The region code and its ancestors' codes: a province filter matches its kabupaten. */
        List<String> regionCodes,
        String provinceCode,
        String provinceName,
        List<String> themes,
        List<String> themeLabels,
        String level,
        String tahapan,
        String urusan,
        Integer year,
        boolean hasAward,
        int replicationCount,
        /** Replications that reached diterapkan or dilembagakan. */
        int provenReplicationCount,
        String bestReplicationStatus,
        String runningStatus,
        /** The English versions; null where not translated. */
        English english) {

    public IndexedInnovation {
        english = english == null ? English.NONE : english;
    }

    /** The English versions of the texts, all optional. */
    public record English(String name, String summary, String outcomes, String body) {
        public static final English NONE = new English(null, null, null, null);
    }
}
