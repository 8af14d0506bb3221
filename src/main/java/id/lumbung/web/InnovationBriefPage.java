package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.common.ApiProblem;
import id.lumbung.replication.ReplicationService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** /inovasi/{slug}/ringkasan.pdf: the one-page brief of an innovation as a PDF, in the visit's language. */
@Path("/inovasi/{slug}/ringkasan.pdf")
public class InnovationBriefPage {

    @Inject
    Visit visit;

    @Inject
    HttpServerRequest request;

    @Inject
    InnovationService innovations;

    @Inject
    ReplicationService replications;

    @Inject
    NotFoundPage notFound;

    @GET
    @Produces({"application/pdf", "text/html"})
    @Transactional
    public Response brief(@PathParam("slug") String slug) {
        Caller caller = visit.caller();
        InnovationView innovation;
        try {
            innovation = innovations.get(slug, caller);
        } catch (ApiProblem problem) {
            return notFound.render();
        }
        String url = InnovationPage.absoluteUrl(request).replaceFirst("/ringkasan\\.pdf$", "");
        byte[] pdf = InnovationBrief.render(innovation, replications.ofInnovation(slug, caller, null, 100).items(),
                visit.lang(), url, LocalDate.now());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ringkasan-" + innovation.slug() + ".pdf\"")
                .header("Content-Language", visit.lang())
                .build();
    }
}
