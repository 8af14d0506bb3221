package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationFilter;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationSummary;
import id.lumbung.common.ApiProblem;
import id.lumbung.recommendation.Recommendation;
import id.lumbung.recommendation.RecommendationService;
import id.lumbung.region.RegionService;
import id.lumbung.region.RegionViews.IndicatorView;
import id.lumbung.region.RegionViews.RegionDetail;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationService.Criteria;
import id.lumbung.replication.ReplicationViews.ReplicationView;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** /daerah/{code}: indicators over time, the region's innovations, what it replicated, what would fit it. */
@Path("/daerah/{code}")
@Produces(MediaType.TEXT_HTML)
public class RegionPage {

    @Inject
    Visit visit;

    @Inject
    RegionService regions;

    @Inject
    InnovationService innovations;

    @Inject
    ReplicationService replications;

    @Inject
    RecommendationService recommendations;

    @Inject
    NotFoundPage notFound;

    public record IndicatorChart(String indicator, String svg, List<IndicatorView> values) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance region(PageContext page, RegionDetail region, List<IndicatorChart> charts,
                List<InnovationSummary> innovations, List<ReplicationView> adopted, List<Recommendation> recommendations);
    }

    @GET
    @Transactional
    public Response show(@PathParam("code") String code) {
        RegionDetail region;
        try {
            region = regions.detail(code);
        } catch (ApiProblem problem) {
            return notFound.render();
        }
        Caller caller = visit.caller();
        List<InnovationSummary> own = innovations.list(new InnovationFilter(code, null, null, null, null, null, null, null),
                caller, null, 50).items();
        List<ReplicationView> adopted = replications.list(new Criteria(null, code, null, null), caller, null, 50).items();
        return visit.render(Templates.region(visit.context(), region, charts(region.indicators()), own, adopted,
                recommendations.recommend(code, 8)));
    }

    private static List<IndicatorChart> charts(List<IndicatorView> indicators) {
        Map<String, List<IndicatorView>> byIndicator = indicators.stream()
                .collect(Collectors.groupingBy(IndicatorView::indicator, TreeMap::new, Collectors.toList()));
        return byIndicator.entrySet().stream().map(e -> {
            List<IndicatorView> values = e.getValue().stream().sorted(Comparator.comparing(IndicatorView::period)).toList();
            String unit = e.getKey().startsWith("persen") ? "%" : "";
            List<Charts.Point> points = values.stream()
                    .map(v -> new Charts.Point(v.period(), v.value().doubleValue())).toList();
            return new IndicatorChart(e.getKey(), Charts.line(e.getKey(), points, unit), values);
        }).toList();
    }
}
