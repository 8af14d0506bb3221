package id.lumbung.search;

import id.lumbung.access.Roles;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.QueryParams;
import id.lumbung.common.Slugs;
import id.lumbung.search.analytics.SearchAnalytics;
import id.lumbung.search.analytics.SearchAnalytics.Report;
import id.lumbung.search.analytics.SearchLog;
import id.lumbung.search.query.SearchService;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Search analytics: the report for curators, and the click beacon result links call (an {@code <a ping>} on the result
 * pages, a plain POST from the widget). The beacon takes the query and the slug in the URL, as a ping carries no body
 * of its own; it records only (week, normalised query, slug).
 */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchAnalyticsResource {

    @Inject
    SearchAnalytics analytics;

    @Inject
    SearchLog log;

    @Inject
    SearchService search;

    @Operation(summary = "Search analytics for curators",
            description = "Top queries, queries with no result and queries whose results nobody opened, over the last "
            + "weeks and week by week. Staff only; no IP address or user is stored (docs/search.md).")
    @GET
    @Path("/analytics")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public Report report(
            @Parameter(description = "How many weeks back, this week included (1-104, default 4)") @QueryParam("weeks") String weeks,
            @Parameter(description = "Queries per list (1-100, default 20)") @QueryParam("limit") String limit) {
        Integer period = QueryParams.integer("weeks", weeks, 1, 104);
        return analytics.report(period == null ? 4 : period, QueryParams.limit(limit, 20, 100));
    }

    @Operation(summary = "A search result was opened",
            description = "The result pages' link ping and the widget call it; kept as (week, normalised query, slug) "
            + "only. 404 when the innovation is not searchable.")
    @APIResponse(responseCode = "204", description = "Counted")
    @POST
    @Path("/clicks")
    public Response click(
            @Parameter(description = "The query the result was found with") @QueryParam("q") String q,
            @Parameter(description = "The slug of the innovation opened") @QueryParam("slug") String slug) {
        if (q == null || q.isBlank() || q.length() > 1000) {
            throw ApiProblem.invalidField("q", "must be the query the result was found with (at most 1000 characters)");
        }
        if (slug == null || slug.length() > 120 || !slug.matches(Slugs.PATTERN)) {
            throw ApiProblem.invalidField("slug", Slugs.MESSAGE);
        }
        if (!search.isSearchable(slug)) {
            throw ApiProblem.notFound("Innovation", slug);
        }
        log.clicked(q, slug);
        return Response.noContent().build();
    }
}
