package id.lumbung.recommendation;

import id.lumbung.common.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Innovations that fit a region, with the reasons; only published innovations are ever recommended. */
@Path("/api/v1/regions/{code}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    @Inject
    RecommendationService recommendations;

    @GET
    public Recommendation.ForRegion recommend(@PathParam("code") @Pattern(regexp = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?",
            message = "must be a Kemendagri code like 33 or 33.14") String code, @QueryParam("limit") String limit) {
        return recommendations.recommend(code, QueryParams.limit(limit, 10, 50));
    }
}
