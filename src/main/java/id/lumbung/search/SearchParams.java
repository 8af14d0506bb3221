package id.lumbung.search;

import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.QueryParams;
import id.lumbung.region.RegionCode;
import id.lumbung.search.query.SearchRequest;
import id.lumbung.search.query.SearchRequest.SearchSort;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of a search, one set for the API ({@code GET /api/v1/search}) and the search page ({@code /cari}),
 * so both accept exactly the same input and refuse it with the same 400s. The values arrive as text and are read
 * by the typed accessors, so that a bad value is a 400 that names its parameter (JAX-RS would answer a failed
 * conversion with a bare 404); each accessor validates its parameter once.
 */
public class SearchParams {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final int MAX_VALUES = 20;
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;
    private static final Pattern VOCABULARY_VALUE = Pattern.compile("[a-z0-9_-]{1,100}");

    @QueryParam("q")
    String q;

    @QueryParam("theme")
    List<String> theme;

    @QueryParam("province")
    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RegionCode.PROVINCE_PATTERN))
    String province;

    @QueryParam("region")
    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = RegionCode.PATTERN))
    String region;

    @QueryParam("level")
    String level;

    @QueryParam("tahapan")
    String tahapan;

    @QueryParam("urusan")
    String urusan;

    @QueryParam("year")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1945", maximum = "2100"))
    String year;

    @QueryParam("year_from")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1945", maximum = "2100"))
    String yearFrom;

    @QueryParam("year_to")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1945", maximum = "2100"))
    String yearTo;

    @QueryParam("award")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    String award;

    @QueryParam("replicated")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    String replicated;

    @QueryParam("sort")
    @Parameter(schema = @Schema(implementation = SearchSort.class))
    String sort;

    @QueryParam("limit")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
    String limit;

    @QueryParam("cursor")
    String cursor;

    /** Count every match and facet value exactly, however many match (slower on a large catalogue). */
    @QueryParam("exact_counts")
    @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
    String exactCounts;

    /** A search for words alone, as pages other than /cari run it (the comparison's candidates). */
    public static SearchParams words(String q, int limit) {
        SearchParams params = new SearchParams();
        params.q = q;
        params.limit = Integer.toString(limit);
        return params;
    }

    /** The search these parameters ask for, each one checked; a bad one is a 400 naming it. */
    public SearchRequest toRequest() {
        Integer onlyYear = year("year", year);
        return new SearchRequest(q, themes(), province(), region(), enumName(Level.class, "level", level),
                enumName(Tahapan.class, "tahapan", tahapan), vocabularyValue("urusan", urusan),
                narrower(year("year_from", yearFrom), onlyYear, Math::max), narrower(year("year_to", yearTo), onlyYear, Math::min),
                award == null || award.isBlank() ? null : Boolean.toString(QueryParams.bool("award", award)),
                QueryParams.bool("replicated", replicated), sort(), QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT),
                blank(cursor) ? null : cursor, QueryParams.bool("exact_counts", exactCounts));
    }

    /**
     * The filters that are set, by parameter name, in a fixed order (the facets' first), for links and forms that
     * keep them; the words, sort and cursor are not filters.
     */
    public Map<String, List<String>> filters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("theme", theme == null ? List.of() : theme.stream().filter(t -> !blank(t)).toList());
        filters.put("province", listOf(province));
        filters.put("region", listOf(region));
        filters.put("tahapan", listOf(tahapan));
        filters.put("level", listOf(level));
        filters.put("year", listOf(year));
        filters.put("urusan", listOf(urusan));
        filters.put("year_from", listOf(yearFrom));
        filters.put("year_to", listOf(yearTo));
        filters.put("award", listOf(award));
        filters.put("replicated", listOf(replicated));
        filters.put("limit", listOf(limit));
        return filters;
    }

    public String q() {
        return q;
    }

    /** The sort as given, for links that keep it; null when none was. */
    public String sortName() {
        return blank(sort) ? null : sort;
    }

    public SearchSort sort() {
        SearchSort order = QueryParams.enumValue(SearchSort.class, "sort", sort);
        return order == null ? SearchSort.relevance : order;
    }

    public String province() {
        return checked("province", province, RegionCode.isProvince(province), RegionCode.PROVINCE_MESSAGE);
    }

    public String region() {
        return checked("region", region, RegionCode.isCode(region), RegionCode.MESSAGE);
    }

    /** Repeated (?theme=a&theme=b) or comma-separated (?theme=a,b): any of them. */
    public List<String> themes() {
        List<String> all = new ArrayList<>();
        if (theme != null) {
            for (String value : theme) {
                for (String part : value.split(",")) {
                    String checked = vocabularyValue("theme", part.strip());
                    if (checked != null) {
                        all.add(checked);
                    }
                }
            }
        }
        if (all.size() > MAX_VALUES) {
            throw ApiProblem.invalidField("theme", "at most " + MAX_VALUES + " values");
        }
        return all;
    }

    /** A blank value is no filter; any other must be valid. */
    private static String checked(String name, String value, boolean valid, String message) {
        if (blank(value)) {
            return null;
        }
        if (!valid) {
            throw ApiProblem.invalidField(name, message);
        }
        return value;
    }

    private static Integer year(String name, String raw) {
        return QueryParams.integer(name, raw, FIRST_YEAR, LAST_YEAR);
    }

    /** A bound narrowed by the single year, when one is given. */
    private static Integer narrower(Integer bound, Integer year, java.util.function.BinaryOperator<Integer> narrowest) {
        return bound == null ? year : year == null ? bound : narrowest.apply(bound, year);
    }

    /** A value of a closed list (level, tahapan): anything else is a 400 listing the values, as the catalogue's API does. */
    private static <E extends Enum<E>> String enumName(Class<E> type, String name, String value) {
        E parsed = QueryParams.enumValue(type, name, value);
        return parsed == null ? null : parsed.name();
    }

    private static String vocabularyValue(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (!VOCABULARY_VALUE.matcher(value).matches()) {
            throw ApiProblem.invalidField(name, "must be a value of the vocabulary, such as those listed in facets");
        }
        return value;
    }

    private static List<String> listOf(String value) {
        return blank(value) ? List.of() : List.of(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
