package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.replication.LineageService;
import id.lumbung.replication.LineageService.Lineage;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.search.query.SearchResult.Hit;
import id.lumbung.search.query.SimilarInnovations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * /inovasi/{slug}: the whole record, its replications as a timeline, its lineage, similar innovations; the
 * stylesheet's print rules turn it into a one-page brief.
 */
@Path("/inovasi/{slug}")
@Produces(MediaType.TEXT_HTML)
public class InnovationPage {

    @Inject
    Visit visit;

    @Inject
    InnovationService innovations;

    @Inject
    ReplicationService replications;

    @Inject
    LineageService lineage;

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
                List<ReplicationView> replications, Lineage lineage, List<Hit> similar);
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
        List<IndicatorChart> charts = innovation.outcomeIndicators().stream().map(InnovationPage::chart).toList();
        List<ReplicationView> replicated = replications.ofInnovation(slug, caller, null, 100).items();
        SimilarInnovations.Similar found = innovation.status() == PublicationStatus.published ? similar.similarTo(slug, 5) : null;
        List<Hit> alike = found == null ? List.of() : found.items();
        return visit.render(Templates.innovation(visit.context(), innovation, charts, replicated,
                lineage.lineage(slug, caller), alike));
    }

    private static IndicatorChart chart(OutcomeIndicator indicator) {
        List<Charts.Point> points = indicator.values() == null ? List.of()
                : indicator.values().stream().map(v -> new Charts.Point(Integer.toString(v.year()), v.value())).toList();
        return new IndicatorChart(indicator, Charts.line(indicator.name(), points, indicator.unit() == null ? "" : " " + indicator.unit()));
    }
}
