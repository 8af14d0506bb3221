package id.lumbung.search;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.QueryParams;
import id.lumbung.search.query.SearchResult;
import id.lumbung.search.query.SearchService;
import id.lumbung.search.query.SuggestService;
import id.lumbung.search.query.SuggestService.Suggestions;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public search over published innovations. */
@Tag(name = "Search")
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    SuggestService suggest;

    @Operation(summary = "Search innovations",
            description = "Full-text search over published innovations in Indonesian (abbreviations, region names "
            + "and typos understood), with filters, facet counts and keyset paging. Query syntax, "
            + "ranking and the answer: docs/search.md.")
    @GET
    public SearchResult search(@BeanParam SearchParams params) {
        return search.search(params.toRequest());
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
}
