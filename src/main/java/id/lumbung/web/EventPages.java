package id.lumbung.web;

import id.lumbung.common.ApiProblem;
import id.lumbung.learning.LearningEventService;
import id.lumbung.learning.LearningEventService.LearningEventView;
import id.lumbung.region.Region;
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
import java.util.Objects;

/** /acara: the peer-learning events; /acara/{slug}: one event, what was presented and which regions took part. */
@Path("/acara")
@Produces(MediaType.TEXT_HTML)
public class EventPages {

    @Inject
    Visit visit;

    @Inject
    LearningEventService events;

    @Inject
    NotFoundPage notFound;

    public record RegionLink(String code, String name) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(PageContext page, List<LearningEventView> events);

        static native TemplateInstance event(PageContext page, LearningEventView event, RegionLink host,
                List<RegionLink> participants);
    }

    @GET
    @Transactional
    public Response list() {
        return visit.render(Templates.events(visit.context(), events.list(visit.caller())));
    }

    @GET
    @Path("/{slug}")
    @Transactional
    public Response show(@PathParam("slug") String slug) {
        LearningEventView event;
        try {
            event = events.get(slug, visit.caller());
        } catch (ApiProblem problem) {
            return notFound.render();
        }
        List<RegionLink> participants = event.participantRegionCodes().stream().sorted().map(EventPages::link)
                .filter(Objects::nonNull).toList();
        return visit.render(Templates.event(visit.context(), event, link(event.hostRegionCode()), participants));
    }

    private static RegionLink link(String code) {
        Region region = code == null ? null : Region.findById(code);
        return region == null ? null : new RegionLink(region.code, region.displayName());
    }
}
