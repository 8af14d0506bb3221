package id.lumbung.web;

import id.lumbung.access.Caller;
import id.lumbung.replication.ReplicationAnalytics;
import id.lumbung.replication.ReplicationAnalytics.Scope;
import id.lumbung.replication.ReplicationAnalytics.StalledList;
import id.lumbung.replication.ReplicationAnalytics.Summary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** /replikasi: the funnel, who replicates most, and for signed-in staff the stalled replications. */
@Path("/replikasi")
@Produces(MediaType.TEXT_HTML)
public class ReplicationPage {

    @Inject
    Visit visit;

    @Inject
    ReplicationAnalytics analytics;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance replication(PageContext page, Summary summary, String funnelSvg, String median,
                String share, StalledList stalled);
    }

    @GET
    @Transactional
    public Response show() {
        Caller caller = visit.caller();
        Summary summary = analytics.summary(caller, Scope.ALL);
        List<Charts.Point> bars = summary.funnel().reached().entrySet().stream()
                .map(e -> new Charts.Point(e.getKey().name().replace('_', ' '), e.getValue())).toList();
        String median = summary.medianDaysToDiterapkan().days() == null ? null
                : Charts.number(summary.medianDaysToDiterapkan().days());
        String share = String.format(Locale.ROOT, "%.0f", summary.shareDilembagakan() * 100);
        StalledList stalled = caller.staff() ? analytics.stalled(caller, Scope.ALL, LocalDate.now()) : null;
        return visit.render(Templates.replication(visit.context(), summary,
                Charts.bars(MessageBundles.get(Messages.class, Localized.Literal.of(visit.lang())).funnel(), bars), median, share, stalled));
    }
}
