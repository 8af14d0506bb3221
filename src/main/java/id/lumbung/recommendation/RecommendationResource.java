package id.lumbung.recommendation;

import id.lumbung.common.QueryParams;
import id.lumbung.region.RegionCode;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Innovations that fit a region, with the reasons; only published innovations are ever recommended. */
@Tag(name = "Regions")
@Path("/api/v1/regions/{code}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationService recommendations;

    @Operation(summary = "Innovations to replicate in a region",
            description = "Innovations matched to the region's needs (its poverty indicators, else its province's "
            + "or the national ones), with reasons as data (explanations) and in Indonesian (alasan); "
            + "basis says which figures applied.")
    @GET
    public Recommendation.ForRegion recommend(@PathParam("code") @Pattern(regexp = RegionCode.PATTERN,
            message = RegionCode.MESSAGE) String code, @QueryParam("limit") String limit) {
        return recommendations.recommend(code, QueryParams.limit(limit, 10, 50));
    }
}
