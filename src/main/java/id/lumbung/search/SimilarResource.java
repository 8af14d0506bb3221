package id.lumbung.search;

import id.lumbung.catalogue.Innovation;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.CacheHints;
import id.lumbung.common.QueryParams;
import id.lumbung.common.Slugs;
import id.lumbung.search.query.SearchResult.Hit;
import id.lumbung.search.query.SimilarInnovations;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "More like this" for a published innovation, from the index. */
@Tag(name = "Search")
@Path("/api/v1/innovations/{slug}/similar")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarResource {

    @Inject
    SimilarInnovations similar;

    public record SimilarList(String slug, List<Hit> items, boolean partial) implements CacheHints {
    }

    @Operation(summary = "Similar innovations",
            description = "Published innovations whose names and descriptions share the most distinctive words with "
            + "this one.")
    @GET
    public SimilarList similar(@PathParam("slug") @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
            @QueryParam("limit") String limit) {
        return switch (similar.similarTo(slug, QueryParams.limit(limit, 5, 20))) {
            case SimilarInnovations.Found found -> new SimilarList(slug, found.items(), found.partial());
            // Published but not applied yet: the index is behind, the innovation exists; drafts stay unknown.
            case SimilarInnovations.NotIndexed notIndexed when Innovation.isPublished(slug) ->
                    throw SearchUnavailableMapper.notIndexedYet(slug);
            case SimilarInnovations.NotIndexed notIndexed -> throw ApiProblem.notFound("Innovation", slug);
        };
    }
}
