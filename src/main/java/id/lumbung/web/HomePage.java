package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationFilter;
import id.lumbung.catalogue.InnovationService;
import id.lumbung.catalogue.Theme;
import id.lumbung.learning.LearningEventService;
import id.lumbung.learning.LearningEventService.LearningEventView;
import id.lumbung.region.RegionService;
import id.lumbung.replication.ReplicationAnalytics;
import id.lumbung.replication.ReplicationAnalytics.InnovationCount;
import id.lumbung.replication.ReplicationAnalytics.Scope;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationService.Criteria;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;

/**
 * The home page: search, what the catalogue holds, themes to browse, the map of innovations per province, what is
 * replicated, recent learning events.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    Visit visit;

    @Inject
    InnovationService innovations;

    @Inject
    RegionService regions;

    @Inject
    ReplicationService replications;

    @Inject
    ReplicationAnalytics analytics;

    @Inject
    LearningEventService learningEvents;

    @Inject
    ProvinceMap map;

    public record Counts(long innovations, long regions, long replications) {
    }

    public record ThemeLink(String code, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageContext page, Counts counts, List<ThemeLink> themes,
                List<InnovationCount> mostReplicated, List<LearningEventView> events, ProvinceMap.MapView map);
    }

    @GET
    @Transactional
    public Response home() {
        Caller caller = Caller.ANONYMOUS;
        long innovationCount = innovations.list(new InnovationFilter(null, null, null, null, null, null, null, null), caller,
                null, 1).total();
        long regionCount = regions.countsByType().values().stream().mapToLong(Long::longValue).sum();
        long replicationCount = replications.list(new Criteria(null, null, null, null), caller, null, 1).total();
        List<ThemeLink> themes = Theme.<Theme>findAll(Sort.by("label")).stream().map(t -> new ThemeLink(t.code, t.label)).toList();
        List<InnovationCount> top = analytics.summary(caller, Scope.ALL).mostReplicated().stream().limit(5).toList();
        List<LearningEventView> events = learningEvents.list(caller).stream()
                .sorted(Comparator.comparing(LearningEventView::date).reversed()).limit(3).toList();
        return visit.render(Templates.home(visit.context(), new Counts(innovationCount, regionCount, replicationCount),
                themes, top, events, map.innovations(visit.lang(), null)));
    }
}
