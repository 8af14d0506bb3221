package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.access.Roles;
import id.lumbung.common.ApiProblem;
import id.lumbung.search.SynonymRule;
import id.lumbung.search.SynonymService;
import id.lumbung.search.analytics.SearchAnalytics.Report;
import id.lumbung.search.analytics.SearchAnalytics;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * /kurator/pencarian: what people searched for in the last weeks, what found nothing and what nobody opened, with one
 * action to turn a failed query into a synonym rule, so the thesaurus learns the words real users type. Every staff
 * member sees the analytics; making a rule, which changes what the public finds, is for reviewers and admins.
 */
@Path("/kurator/pencarian")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
public class SearchAnalyticsPage {

    static final List<Integer> PERIODS = List.of(1, 4, 12, 52);

    @Inject
    Visit visit;

    @Inject
    SearchAnalytics analytics;

    @Inject
    SynonymService synonyms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance analytics(PageContext page, Report report, int weeks, List<Integer> periods,
                String saved, String error, String failedQuery);
    }

    @GET
    public Response show(@QueryParam("minggu") String weeks, @QueryParam("aturan") String saved) {
        int period = PERIODS.contains(parse(weeks)) ? parse(weeks) : 4;
        return visit.render(Templates.analytics(visit.context(), analytics.report(period, 50), period, PERIODS, saved, null, null));
    }

    /** Turns a failed query into a rule: "query => meaning" (tesaurus) or "query, meaning" (padanan). */
    @POST
    @Path("/sinonim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRule(@FormParam("query") String query, @FormParam("target") String target, @FormParam("kind") String kind) {
        Caller caller = visit.caller();
        SynonymRule.Kind ruleKind = "padanan".equals(kind) ? SynonymRule.Kind.padanan : SynonymRule.Kind.tesaurus;
        String error;
        if (!caller.canPublish()) {
            // Synonym rules change what the public finds: like the synonym API, they are for reviewers and admins.
            TemplateInstance page = Templates.analytics(visit.context(), analytics.report(4, 50), 4, PERIODS, null, "reviewers",
                    query);
            return Response.fromResponse(visit.render(page)).status(403).build();
        }
        if (query == null || query.isBlank() || target == null || target.isBlank() || target.length() > 300) {
            error = "target";
        } else {
            String rule = ruleKind == SynonymRule.Kind.padanan ? query.strip() + ", " + target.strip()
                    : query.strip() + " => " + target.strip();
            try {
                synonyms.add(rule, ruleKind, caller.username());
                return Response.seeOther(URI.create("/kurator/pencarian?aturan=" + URLEncoder.encode(rule, StandardCharsets.UTF_8)))
                        .build();
            } catch (ApiProblem problem) {
                error = problem.getDetail();
            }
        }
        TemplateInstance page = Templates.analytics(visit.context(), analytics.report(4, 50), 4, PERIODS, null, error, query);
        return Response.fromResponse(visit.render(page)).status(400).build();
    }

    private static int parse(String value) {
        try {
            return value == null ? 4 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 4;
        }
    }
}
