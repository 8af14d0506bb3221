package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.catalogue.InnovationFilter;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationSummary;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Page;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The curator's work queues (entries in review, drafts, replications awaiting review, stale entries) and the
 * follow-up of a stale entry: "konfirmasi masih berjalan" records today as the date its running status was checked,
 * through the service the API's confirmation uses, so the entry leaves the stale list.
 */
@Path("/kurator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class CuratorDashboard {

    @Inject
    Visit visit;

    @Inject
    InnovationService innovations;

    @Inject
    ReplicationService replications;

    @Inject
    NotFoundPage notFound;

    /** The queues, and what the last confirmation did: the name of the entry confirmed today, or that it was refused. */
    public record DashboardModel(List<InnovationSummary> inReview, List<InnovationSummary> drafts, Page<InnovationSummary> stale,
            List<ReplicationView> replicationsInReview, String confirmed, boolean refused) {

        /** The next page of stale entries (they are many: every entry nobody confirmed for a year). */
        public String staleNextHref() {
            return stale.nextCursor() == null ? null
                    : "/kurator?usang=" + URLEncoder.encode(stale.nextCursor(), StandardCharsets.UTF_8) + "#usang";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(PageContext page, DashboardModel model);
    }

    @GET
    public Response dashboard(@QueryParam("dikonfirmasi") String confirmedSlug, @QueryParam("usang") String staleCursor) {
        Caller caller = visit.caller();
        return visit.render(Templates.dashboard(visit.context(), model(caller, staleCursor, confirmedName(confirmedSlug, caller), false)));
    }

    /** Confirms that a stale entry is still running, today; back to the dashboard with a notice. */
    @POST
    @Path("/inovasi/{slug}/konfirmasi")
    public Response confirmStillRunning(@PathParam("slug") String slug) {
        Caller caller = visit.caller();
        try {
            innovations.confirm(slug, RunningStatus.berjalan, null, caller);
            return Response.seeOther(URI.create("/kurator?dikonfirmasi=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                    + "#usang")).build();
        } catch (ApiProblem problem) {
            if (problem.getStatusCode() == 404) {
                return notFound.render();
            }
            if (problem.getStatusCode() != 403) {
                throw problem;
            }
            // A curator may not change what the public sees of a published entry (EditorialWorkflow.checkMayEdit).
            return Response.fromResponse(visit.render(Templates.dashboard(visit.context(), model(caller, null, null, true))))
                    .status(403).build();
        }
    }

    private DashboardModel model(Caller caller, String staleCursor, String confirmed, boolean refused) {
        return new DashboardModel(list(PublicationStatus.in_review, null, null, caller).items(),
                list(PublicationStatus.draft, null, null, caller).items(), list(PublicationStatus.published, true, staleCursor, caller),
                replications.list(new ReplicationService.Criteria(null, null, null, null, PublicationStatus.in_review), caller, null, 50)
                        .items(), confirmed, refused);
    }

    private String confirmedName(String slug, Caller caller) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        try {
            InnovationView confirmed = innovations.get(slug, caller);
            return LocalDate.now().equals(confirmed.lastConfirmedOn()) ? confirmed.name() : null;
        } catch (ApiProblem unknown) {
            return null;
        }
    }

    private Page<InnovationSummary> list(PublicationStatus status, Boolean stale, String cursor, Caller caller) {
        return innovations.list(new InnovationFilter(null, null, null, null, null, null, status, stale), caller, cursor, 20);
    }
}
