package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationFilter;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.InnovationViews.InnovationSummary;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Formats;
import id.lumbung.common.Labels;
import id.lumbung.common.ReadOnlySession;
import id.lumbung.learning.LearningEventService;
import id.lumbung.learning.LearningEventService.LearningEventView;
import id.lumbung.recommendation.Recommendation;
import id.lumbung.recommendation.RecommendationService;
import id.lumbung.region.Region;
import id.lumbung.region.RegionService;
import id.lumbung.region.RegionType;
import id.lumbung.region.RegionViews.IndicatorView;
import id.lumbung.region.RegionViews.RegionDetail;
import id.lumbung.replication.RegionActivity;
import id.lumbung.replication.RegionActivity.Counts;
import id.lumbung.replication.RegionActivity.Tier;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * /daerah/{code}: indicators over time, what would fit the region (and on whose figures), its kabupaten/kota
 * when it is a province, its innovations, what it replicated, the learning events it took part in, the map.
 */
@Path("/daerah/{code}")
@Produces(MediaType.TEXT_HTML)
public class RegionPage {

    @Inject
    ReadOnlySession readOnly;

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
    LearningEventService learningEvents;

    @Inject
    RegionActivity activity;

    @Inject
    ProvinceMap map;

    @Inject
    NotFoundPage notFound;

    public record IndicatorChart(String indicator, String unit, String svg, List<IndicatorView> values) {
    }

    /** A kabupaten/kota of a province with its figures. */
    public record Child(String code, String name, Counts counts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance region(PageContext page, RegionDetail region, String provinceName,
                List<IndicatorChart> charts, Recommendation.ForRegion recommendations, List<Child> children,
                List<InnovationSummary> innovations, List<ReplicationView> adopted, List<LearningEventView> events,
                ProvinceMap.MapView map);
    }

    @GET
    @Transactional
    public Response show(@PathParam("code") String code) {
        readOnly.declare();
        RegionDetail region;
        try {
            region = regions.detail(code);
        } catch (ApiProblem problem) {
            return notFound.render();
        }
        Caller caller = visit.caller();
        String lang = visit.lang();
        List<InnovationSummary> own = innovations.list(new InnovationFilter(code, null, null, null, null, null, null, null),
                caller, null, 50).items();
        List<ReplicationView> adopted = replications.list(new Criteria(null, code, null, null), caller, null, 50).items();
        Region entity = regions.require(code);
        Region province = Region.findById(entity.provinceCode());
        return visit.render(Templates.region(visit.context(), region, province == null ? null : province.displayName(),
                charts(region.indicators(), Formats.locale(lang)), recommendations.recommend(code, 8), children(region),
                own, adopted, learningEvents.attendedBy(entity, caller), map.innovations(lang, entity.provinceCode())));
    }

    private List<Child> children(RegionDetail region) {
        if (region.type() != RegionType.provinsi) {
            return List.of();
        }
        Map<String, Counts> counts = activity.byRegion(Tier.KABUPATEN_KOTA);
        return region.children().stream()
                .map(c -> new Child(c.code(), c.displayName(), counts.getOrDefault(c.code(), Counts.NONE))).toList();
    }

    private static List<IndicatorChart> charts(List<IndicatorView> indicators, Locale locale) {
        Map<String, List<IndicatorView>> byIndicator = indicators.stream()
                .collect(Collectors.groupingBy(IndicatorView::indicator, TreeMap::new, Collectors.toList()));
        return byIndicator.entrySet().stream().map(e -> {
            List<IndicatorView> values = e.getValue().stream().sorted(Comparator.comparing(IndicatorView::period)).toList();
            String unit = Labels.indicatorUnit(e.getKey(), locale);
            List<Charts.Point> points = values.stream()
                    .map(v -> new Charts.Point(Formats.period(v.period(), locale), v.value().doubleValue())).toList();
            return new IndicatorChart(e.getKey(), unit, Charts.line(Labels.indicator(e.getKey(), locale), points, unit, locale),
                    values);
        }).toList();
    }
}
