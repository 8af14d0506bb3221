package id.lumbung.search.index;

import java.util.List;

/** Names of the fields of an innovation's search document. */
public final class SearchFields {

    /** Database id: the key for updates and deletes. */
    public static final String ID = "id";
    public static final String SLUG = "slug";

    /**
     * Every text of the innovation, stemmed, each occurrence counted with its field's weight (see {@link TextWeight}):
     * BM25F in one field. Frequencies only, no positions.
     */
    public static final String WORDS = "words";
    /** The same texts as written (unstemmed), weighted alike: exact matches rank first; typos and "did you mean". */
    public static final String WORDS_EXACT = "words_exact";
    /** The English versions of the texts, English-stemmed and weighted alike (see {@link TextWeight}). */
    public static final String WORDS_EN = "words_en";
    /** Every text stemmed, with positions and unweighted: phrases only. */
    public static final String PHRASES = "phrases";
    /** Words of name and acronym, looked up by prefix for suggest-as-you-type. */
    public static final String SUGGEST = "suggest";

    // Displayed texts, held in the hit card (see HitCard): snippets analyse them again; not indexed under these names.
    public static final String NAME = "name";
    public static final String ACRONYM = "acronym";
    public static final String SUMMARY = "summary";
    public static final String OUTCOMES = "outcomes";
    public static final String NAME_EN = "name_en";
    public static final String SUMMARY_EN = "summary_en";
    public static final String OUTCOMES_EN = "outcomes_en";

    // Filters (exact terms).
    public static final String REGION_CODE = "region_code";
    public static final String THEME = "theme";
    public static final String LEVEL = "level";
    public static final String TAHAPAN = "tahapan";
    public static final String URUSAN = "urusan";
    public static final String HAS_AWARD = "has_award";
    public static final String REPLICATED = "replicated";
    public static final String RUNNING_STATUS = "running_status";
    public static final String YEAR = "year";

    // Facet dimensions (sorted-set doc values).
    public static final String FACET_THEME = "theme";
    public static final String FACET_PROVINCE = "province";
    public static final String FACET_TAHAPAN = "tahapan";
    public static final String FACET_LEVEL = "level";
    public static final String FACET_YEAR = "year";
    public static final String FACET_URUSAN = "urusan";
    /** Every facet dimension, in the order a search returns them. */
    public static final List<String> FACET_DIMS = List.of(FACET_THEME, FACET_PROVINCE, FACET_TAHAPAN, FACET_LEVEL,
            FACET_YEAR, FACET_URUSAN);

    // Ranking signals and sort keys.
    public static final String FEATURES = "features";
    public static final String FEATURE_REPLICATIONS = "replications";
    public static final String FEATURE_RUNNING = "berjalan";
    public static final String FEATURE_PROVEN = "terbukti";
    public static final String YEAR_SORT = "year_sort";
    public static final String REPLICATION_COUNT = "replication_count";

    private SearchFields() {
    }
}
