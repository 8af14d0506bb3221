package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Formats;
import id.lumbung.learning.LearningEventService;
import id.lumbung.learning.LearningEventService.LearningEventView;
import id.lumbung.replication.LineageService;
import id.lumbung.replication.LineageService.Lineage;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.search.index.IndexUnavailableException;
import id.lumbung.search.query.SearchResult.Hit;
import id.lumbung.search.query.SimilarInnovations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * /inovasi/{slug}: the whole record, its replications with their steps, adaptations and outcomes, where they
 * went (a map and its table), its lineage, the learning events that presented it, similar innovations. The
 * stylesheet's print rules turn it into a one-page brief; {@link InnovationBriefPage} gives the same as PDF.
 */
@Path("/inovasi/{slug}")
@Produces(MediaType.TEXT_HTML)
public class InnovationPage {

    @Inject
    Visit visit;

    @Inject
    HttpServerRequest request;

    @Inject
    InnovationService innovations;

    @Inject
    ReplicationService replications;

    @Inject
    LineageService lineage;

    @Inject
    LearningEventService learningEvents;

    @Inject
    SimilarInnovations similar;

    @Inject
    NotFoundPage notFound;

    /** An outcome indicator with its chart (empty when it has fewer than two values). */
    public record IndicatorChart(OutcomeIndicator indicator, String svg) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance innovation(PageContext page, InnovationView innovation, List<IndicatorChart> charts,
                List<ReplicationView> replications, ReplicationFlows.FlowView flows, Lineage lineage,
                List<LearningEventView> events, Map<String, LearningEventView> eventsBySlug, List<Hit> similar, String printUrl,
                LocalDate printedOn);
    }

    @GET
    @Transactional
    public Response show(@PathParam("slug") String slug) {
        Caller caller = visit.caller();
        InnovationView innovation;
        try {
            innovation = innovations.get(slug, caller);
        } catch (ApiProblem problem) {
            return notFound.render();
        }
        String lang = visit.lang();
        List<IndicatorChart> charts = innovation.outcomeIndicators().stream().map(i -> chart(i, lang)).toList();
        List<ReplicationView> replicated = replications.ofInnovation(slug, caller, null, 100).items();
        List<Hit> alike = innovation.status() == PublicationStatus.published ? alike(slug) : List.of();
        Map<String, LearningEventView> eventsBySlug = learningEvents.list(caller).stream()
                .collect(Collectors.toMap(LearningEventView::slug, e -> e));
        String regionCode = innovation.region() == null ? null : innovation.region().code();
        return visit.render(Templates.innovation(visit.context(), innovation, charts, replicated,
                ReplicationFlows.of(regionCode, replicated, lang), lineage.lineage(slug, caller),
                learningEvents.presenting(slug, caller), eventsBySlug, alike, absoluteUrl(request), LocalDate.now()));
    }

    /** Similar innovations for the page; none while this node's index cannot say (the page shows without them). */
    private List<Hit> alike(String slug) {
        try {
            return similar.similarTo(slug, 5).items();
        } catch (IndexUnavailableException e) {
            return List.of();
        }
    }

    /** The address printed on the brief: the page as the reader reached it, without the query string. */
    static String absoluteUrl(HttpServerRequest request) {
        String uri = request.absoluteURI();
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static IndicatorChart chart(OutcomeIndicator indicator, String lang) {
        List<Charts.Point> points = indicator.values() == null ? List.of()
                : indicator.values().stream().map(v -> new Charts.Point(Integer.toString(v.year()), v.value())).toList();
        return new IndicatorChart(indicator, Charts.line(indicator.name(), points,
                indicator.unit() == null ? "" : indicator.unit(), Formats.locale(lang)));
    }
}
