package id.lumbung.search.query;

import java.util.List;

/**
 * A search as the API received it, already validated. {@code exactCounts} counts every match even above the
 * configured exact-count limit.
 */
public record SearchRequest(String q, List<String> themes, String province, String region, String level,
        String tahapan, String urusan, Integer yearFrom, Integer yearTo, String award, boolean replicated,
        SearchSort sort, int limit, String cursor, boolean exactCounts) {

    /** Result orders; relevance is BM25 with field boosts and gentle evidence boosts. */
    public enum SearchSort {
        relevance, newest, most_replicated
    }
}
