package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Formats;
import id.lumbung.common.Labels;
import id.lumbung.common.Page;
import id.lumbung.region.Region;
import id.lumbung.region.RegionType;
import id.lumbung.replication.ReplicationAnalytics;
import id.lumbung.replication.ReplicationAnalytics.Funnel;
import id.lumbung.replication.ReplicationAnalytics.Scope;
import id.lumbung.replication.ReplicationAnalytics.StalledList;
import id.lumbung.replication.ReplicationAnalytics.Summary;
import id.lumbung.replication.ReplicationService;
import id.lumbung.replication.ReplicationService.Criteria;
import id.lumbung.replication.ReplicationStatus;
import id.lumbung.replication.ReplicationViews.InnovationRef;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * /replikasi: the funnel, the map and the per-province breakdown, every replication with filters (province of
 * the adopter, status, source innovation) and pages, who replicates most, and for staff the stalled list.
 */
@Path("/replikasi")
@Produces(MediaType.TEXT_HTML)
public class ReplicationPage {

    private static final int PAGE_SIZE = 50;

    @Inject
    Visit visit;

    @Inject
    ReplicationAnalytics analytics;

    @Inject
    ReplicationService replications;

    @Inject
    ProvinceMap map;

    /** The filters as chosen (blank: all), and the link to the next page of the list. */
    public record Filters(String province, String status, String source, String nextHref) {
    }

    /** A province's line of the breakdown: how many replications are at each stage now. */
    public record ProvinceLine(String code, String name, Funnel funnel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance replication(PageContext page, Summary summary, String funnelSvg, String median,
                String share, ProvinceMap.MapView map, List<ProvinceLine> provinces, Filters filters,
                Page<ReplicationView> list, List<Region> provinceChoices, List<InnovationRef> sourceChoices,
                List<ReplicationStatus> statusChoices, String error, StalledList stalled);
    }

    @GET
    @Transactional
    public Response show(@QueryParam("province") String province, @QueryParam("status") String status,
            @QueryParam("source") String source, @QueryParam("cursor") String cursor) {
        Caller caller = visit.caller();
        String lang = visit.lang();
        Summary summary = analytics.summary(caller, Scope.ALL);
        List<Charts.Point> bars = summary.funnel().reached().entrySet().stream()
                .map(e -> new Charts.Point(Labels.of(e.getKey(), Formats.locale(lang)), e.getValue())).toList();
        String median = summary.medianDaysToDiterapkan().days() == null ? null
                : Formats.number(summary.medianDaysToDiterapkan().days(), Formats.locale(lang));
        String share = Formats.number(Math.round(summary.shareDilembagakan() * 100), Formats.locale(lang));
        List<Region> provinces = Region.list("type", Sort.by("code"), RegionType.provinsi);
        String error = null;
        Page<ReplicationView> list = new Page<>(List.of(), 0, null);
        Filters filters = new Filters(blank(province), blank(status), blank(source), null);
        try {
            Criteria criteria = new Criteria(filters.source(), checkedProvince(filters.province(), provinces), null,
                    checkedStatus(filters.status()));
            list = replications.list(criteria, caller, blank(cursor), PAGE_SIZE);
            filters = new Filters(filters.province(), filters.status(), filters.source(), nextHref(filters, list.nextCursor()));
        } catch (ApiProblem | IllegalArgumentException problem) {
            error = ProvinceMap.text(lang).bad_filter();
        }
        StalledList stalled = caller.staff() ? analytics.stalled(caller, Scope.ALL, LocalDate.now()) : null;
        Response page = visit.render(Templates.replication(visit.context(), summary,
                Charts.bars(funnelTitle(lang), bars, Formats.locale(lang)), median, share,
                map.replications(lang, null), lines(summary, provinces), filters, list, provinces,
                replications.sources(caller), Arrays.asList(ReplicationStatus.values()), error, stalled));
        return error == null ? page : Response.fromResponse(page).status(400).build();
    }

    private static String funnelTitle(String lang) {
        return io.quarkus.qute.i18n.MessageBundles.get(Messages.class, io.quarkus.qute.i18n.Localized.Literal.of(lang)).funnel();
    }

    private static List<ProvinceLine> lines(Summary summary, List<Region> provinces) {
        Map<String, Funnel> byProvince = summary.byProvince();
        List<ProvinceLine> lines = new ArrayList<>(provinces.stream().filter(p -> byProvince.containsKey(p.code))
                .map(p -> new ProvinceLine(p.code, p.displayName(), byProvince.get(p.code))).toList());
        byProvince.entrySet().stream().filter(e -> e.getKey().length() != 2)
                .forEach(e -> lines.add(new ProvinceLine(null, null, e.getValue())));
        return lines;
    }

    private static String checkedProvince(String province, List<Region> provinces) {
        if (province != null && provinces.stream().noneMatch(p -> p.code.equals(province))) {
            throw new IllegalArgumentException("province");
        }
        return province;
    }

    private static ReplicationStatus checkedStatus(String status) {
        return status == null ? null : ReplicationStatus.valueOf(status.toLowerCase(Locale.ROOT));
    }

    private static String nextHref(Filters filters, String cursor) {
        if (cursor == null) {
            return null;
        }
        return "/replikasi?province=" + TemplateExtensions.url(filters.province())
                + "&status=" + TemplateExtensions.url(filters.status())
                + "&source=" + TemplateExtensions.url(filters.source())
                + "&cursor=" + TemplateExtensions.url(cursor) + "#daftar";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
