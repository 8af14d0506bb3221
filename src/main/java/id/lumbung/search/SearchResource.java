package id.lumbung.search;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.QueryParams;
import id.lumbung.search.query.SearchRequest;
import id.lumbung.search.query.SearchRequest.SearchSort;
import id.lumbung.search.query.SearchResult;
import id.lumbung.search.query.SearchService;
import id.lumbung.search.query.SuggestService;
import id.lumbung.search.query.SuggestService.Suggestions;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public search over published innovations. */
@Tag(name = "Search")
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final String CODE = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";
    private static final java.util.regex.Pattern VOCABULARY_VALUE = java.util.regex.Pattern.compile("[a-z0-9_-]{1,100}");

    @Inject
    SearchService search;

    @Inject
    SuggestService suggest;

    @Operation(summary = "Search innovations",
            description = "Full-text search over published innovations in Indonesian (abbreviations, region names "
            + "and typos understood), with filters, facet counts and keyset paging. Query syntax, "
            + "ranking and the answer: docs/search.md.")
    @GET
    public SearchResult search(@QueryParam("q") String q,
            @QueryParam("theme") List<String> themes,
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a province code like 35") String province,
            @QueryParam("region") @Pattern(regexp = CODE, message = "must be a Kemendagri code like 35 or 35.03") String region,
            @QueryParam("level") String level,
            @QueryParam("tahapan") String tahapan,
            @QueryParam("urusan") String urusan,
            @QueryParam("year_from") String yearFrom,
            @QueryParam("year_to") String yearTo,
            @QueryParam("award") String award,
            @QueryParam("replicated") String replicated,
            @QueryParam("sort") String sort,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        SearchRequest request = request(q, themes, province, region, level, tahapan, urusan, yearFrom, yearTo, award,
                replicated, sort, limit, cursor);
        return search.search(request);
    }

    /**
     * Reads the search parameters (shared by the API and the search page, so both accept exactly the same
     * input and refuse it with the same 400s).
     */
    public static SearchRequest request(String q, List<String> themes, String province, String region, String level,
            String tahapan, String urusan, String yearFrom, String yearTo, String award, String replicated, String sort,
            String limit, String cursor) {
        SearchSort order = QueryParams.enumValue(SearchSort.class, "sort", sort);
        if (province != null && !province.matches("\\d{2}")) {
            throw ApiProblem.invalidField("province", "must be a province code like 35");
        }
        if (region != null && !region.matches(CODE)) {
            throw ApiProblem.invalidField("region", "must be a Kemendagri code like 35 or 35.03");
        }
        return new SearchRequest(q, vocabularyValues("theme", themes), province, region,
                vocabularyValue("level", level), vocabularyValue("tahapan", tahapan), vocabularyValue("urusan", urusan),
                QueryParams.integer("year_from", yearFrom, 1945, 2100), QueryParams.integer("year_to", yearTo, 1945, 2100),
                award == null ? null : Boolean.toString(QueryParams.bool("award", award)),
                QueryParams.bool("replicated", replicated), order == null ? SearchSort.relevance : order,
                QueryParams.limit(limit, 10, 100), cursor);
    }

    @Operation(summary = "Suggestions while typing",
            description = "Innovations (by name or acronym) and regions (by name or alias) that complete the words "
            + "typed so far.")
    @GET
    @Path("/suggest")
    public Suggestions suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        if (q != null && q.length() > 200) {
            throw ApiProblem.invalidField("q", "must have at most 200 characters");
        }
        return suggest.suggest(q, QueryParams.limit(limit, 8, 20));
    }

    private static String vocabularyValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!VOCABULARY_VALUE.matcher(value).matches()) {
            throw ApiProblem.invalidField(name, "must be a value of the vocabulary, such as those listed in facets");
        }
        return value;
    }

    /** Repeated (?theme=a&theme=b) or comma-separated (?theme=a,b): any of them. */
    private static List<String> vocabularyValues(String name, List<String> values) {
        List<String> all = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String checked = vocabularyValue(name, part.strip());
                    if (checked != null) {
                        all.add(checked);
                    }
                }
            }
        }
        if (all.size() > 20) {
            throw ApiProblem.invalidField(name, "at most 20 values");
        }
        return all;
    }
}
