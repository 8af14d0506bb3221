package id.lumbung.learning;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.common.ApiProblem;
import id.lumbung.region.Region;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Peer-learning events: which innovations were presented to which regions. */
@ApplicationScoped
public class LearningEventService {

    public record InnovationRef(String slug, String name, String nameEn) {
    }

    public record LearningEventView(String slug, String name, String nameEn, LocalDate date, String place,
            String hostRegionCode, String programme, List<InnovationRef> presented, Set<String> participantRegionCodes,
            String participantsNote, String participantsNoteEn, String summary, String summaryEn,
            List<String> sourceUrls) {
    }

    public List<LearningEventView> list(Caller caller) {
        // A list, not a stream: a stream reads its rows lazily and needs a transaction open until it is consumed.
        return LearningEvent.<LearningEvent>listAll(Sort.descending("date")).stream().map(e -> view(e, caller)).toList();
    }

    /** Events where the innovation was presented, newest first (events are few: they are read whole). */
    public List<LearningEventView> presenting(String innovationSlug, Caller caller) {
        Innovation innovation = Innovation.findBySlug(innovationSlug);
        if (innovation == null) {
            return List.of();
        }
        return LearningEvent.<LearningEvent>findAll(Sort.descending("date")).stream()
                .filter(e -> e.presentedInnovationIds.contains(innovation.id)).map(e -> view(e, caller)).toList();
    }

    /** Events the region, or the region it lies in, hosted or took part in, newest first. */
    public List<LearningEventView> attendedBy(Region region, Caller caller) {
        Set<String> codes = new TreeSet<>(region.ancestorCodes());
        codes.add(region.code);
        return LearningEvent.<LearningEvent>findAll(Sort.descending("date")).stream()
                .filter(e -> e.hostRegionCode != null && codes.contains(e.hostRegionCode)
                        || e.participantRegionCodes.stream().anyMatch(codes::contains))
                .map(e -> view(e, caller)).toList();
    }

    public LearningEventView get(String slug, Caller caller) {
        LearningEvent event = LearningEvent.findBySlug(slug);
        if (event == null) {
            throw ApiProblem.notFound("Learning event", slug);
        }
        return view(event, caller);
    }

    /** Creates the event, or replaces it when the slug exists (imports are idempotent). */
    @Transactional
    public LearningEventView put(LearningEventInput input, Caller caller) {
        if (!caller.canPublish()) {
            throw ApiProblem.forbidden("Learning events are public: recording one is for a reviewer or an admin");
        }
        LearningEvent event = LearningEvent.findBySlug(input.slug());
        if (event == null) {
            event = new LearningEvent();
        }
        event.slug = input.slug();
        event.name = input.name().strip();
        event.nameEn = englishVersion(input.nameEn());
        event.date = input.date();
        event.place = input.place();
        event.hostRegionCode = requireRegion("host_region_code", input.hostRegionCode());
        event.programme = input.programme();
        event.summary = input.summary();
        event.summaryEn = englishVersion(input.summaryEn());
        event.participantsNote = input.participantsNote();
        event.participantsNoteEn = englishVersion(input.participantsNoteEn());
        event.sourceUrls = input.sourceUrls() == null ? List.of() : List.copyOf(input.sourceUrls());
        Set<Long> presented = new TreeSet<>();
        for (String slug : input.presentedSlugs() == null ? List.<String>of() : input.presentedSlugs()) {
            Innovation innovation = Innovation.findBySlug(slug);
            if (innovation == null) {
                throw ApiProblem.invalidField("presented_slugs", "unknown innovation '" + slug + "'");
            }
            presented.add(innovation.id);
        }
        Set<String> participants = new TreeSet<>();
        for (String code : input.participantRegionCodes() == null ? List.<String>of() : input.participantRegionCodes()) {
            participants.add(requireRegion("participant_region_codes", code));
        }
        if (!event.presentedInnovationIds.equals(presented)) {
            event.presentedInnovationIds.clear();
            event.presentedInnovationIds.addAll(presented);
        }
        if (!event.participantRegionCodes.equals(participants)) {
            event.participantRegionCodes.clear();
            event.participantRegionCodes.addAll(participants);
        }
        event.persist();
        return view(event, caller);
    }

    @Transactional
    public void delete(String slug) {
        if (LearningEvent.delete("slug", slug) == 0) {
            throw ApiProblem.notFound("Learning event", slug);
        }
    }

    /** An English version left blank is no English version: the pages then show the Indonesian text. */
    private static String englishVersion(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String requireRegion(String field, String code) {
        if (code != null && Region.findById(code) == null) {
            throw ApiProblem.invalidField(field, "unknown region " + code);
        }
        return code;
    }

    /** Presented innovations that are not published are left out for the public. */
    private static LearningEventView view(LearningEvent e, Caller caller) {
        List<InnovationRef> presented = e.presentedInnovationIds.isEmpty() ? List.of()
                : Innovation.<Innovation>list("id in ?1", Sort.by("slug"), e.presentedInnovationIds).stream()
                        .filter(i -> caller.staff() || i.isPublished())
                        .map(i -> new InnovationRef(i.slug, i.name, i.nameEn)).toList();
        return new LearningEventView(e.slug, e.name, e.nameEn, e.date, e.place, e.hostRegionCode, e.programme,
                presented, Set.copyOf(e.participantRegionCodes), e.participantsNote, e.participantsNoteEn, e.summary,
                e.summaryEn, List.copyOf(e.sourceUrls));
    }
}
