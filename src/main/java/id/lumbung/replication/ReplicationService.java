package id.lumbung.replication;

import com.fasterxml.jackson.databind.JsonNode;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Cursor;
import id.lumbung.common.JsonMergePatch;
import id.lumbung.common.Page;
import id.lumbung.learning.LearningEvent;
import id.lumbung.region.Region;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Records replications, moves them through their lifecycle and reads them back. */
@ApplicationScoped
public class ReplicationService {

    @Inject
    ReplicationPresenter presenter;

    @Inject
    LineageService lineage;

    @Inject
    JsonMergePatch mergePatch;

    @Inject
    ReplicationDuplicates duplicates;

    /** Which replications a list asks for; null members do not filter ({@code publication} means something to staff only). */
    public record Criteria(String sourceSlug, String adopterRegion, String sourceRegion, ReplicationStatus status,
            PublicationStatus publication) {

        public Criteria(String sourceSlug, String adopterRegion, String sourceRegion, ReplicationStatus status) {
            this(sourceSlug, adopterRegion, sourceRegion, status, null);
        }

        public static Criteria ofSource(String slug) {
            return new Criteria(slug, null, null, null);
        }
    }

    public Page<ReplicationView> list(Criteria criteria, Caller caller, String cursor, int limit) {
        ReplicationFilter filter = ReplicationFilter.of(criteria, caller);
        long total = Replication.count(filter.where(), filter.params());
        String after = Cursor.decode(cursor);
        if (after != null) {
            filter.and("id > :after").with("after", parseId(after));
        }
        List<Replication> page = Replication.<Replication>find(filter.where(), Sort.by("id"), filter.params())
                .range(0, limit - 1).list();
        String next = page.size() == limit ? Cursor.encode(page.getLast().id.toString()) : null;
        return new Page<>(page.stream().map(r -> presenter.view(r, caller)).toList(), total, next);
    }

    /** The innovations that have replications the caller may see, by name: the choices of a "source" filter. */
    public List<ReplicationViews.InnovationRef> sources(Caller caller) {
        return Innovation.<Innovation>find("select i from Innovation i where i.id in (select r.sourceInnovationId from Replication r"
                + " where " + ReplicationVisibility.jpql("r", caller) + ")", Sort.by("name")).stream().map(ReplicationPresenter::ref).toList();
    }

    /** Every replication the public sees, for figures computed from all of them (recommendations). */
    public static List<Replication> publicReplications() {
        return Replication.list(ReplicationVisibility.jpql(Caller.ANONYMOUS));
    }

    public ReplicationView get(long id, Caller caller) {
        return presenter.view(find(id, caller), caller);
    }

    /** The replications of one innovation; 404 when the innovation is not visible to the caller. */
    public Page<ReplicationView> ofInnovation(String slug, Caller caller, String cursor, int limit) {
        if (!ReplicationPresenter.visible(Innovation.findBySlug(slug), caller)) {
            throw ApiProblem.notFound("Innovation", slug);
        }
        return list(Criteria.ofSource(slug), caller, cursor, limit);
    }

    /**
     * Records a replication. One that looks like a recorded one ({@link ReplicationDuplicates}) is refused with the
     * candidates (409 possible-duplicate) unless {@code duplicateConfirmed}.
     */
    @Transactional
    public ReplicationView create(ReplicationInput input, boolean duplicateConfirmed, Caller caller) {
        checkMayChange(caller);
        Innovation source = Innovation.findBySlug(input.sourceSlug());
        if (!duplicateConfirmed && source != null) {
            List<ReplicationDuplicates.Candidate> candidates = duplicates.candidates(source, input.adopterRegionCode(),
                    input.adopterRegionCode() == null ? input.adopterName() : null);
            if (!candidates.isEmpty()) {
                throw ApiProblem.possibleDuplicate("This replication looks like " + candidates.size() + " recorded one"
                        + (candidates.size() == 1 ? "" : "s") + "; check them, and send it again with confirm_duplicate=true "
                        + "if it is a different one", candidates);
            }
        }
        return create(input, input.notes(), caller);
    }

    /** Creates a replication whose first step carries {@code stepNote} (an import's history may differ from the notes). */
    @Transactional
    public ReplicationView create(ReplicationInput input, String stepNote, Caller caller) {
        checkMayChange(caller);
        Replication replication = new Replication();
        replication.sourceInnovationId = innovationId("source_slug", input.sourceSlug());
        if (input.adopterRegionCode() != null) {
            if (Region.findById(input.adopterRegionCode()) == null) {
                throw ApiProblem.invalidField("adopter_region_code", "unknown region " + input.adopterRegionCode());
            }
            replication.adopterRegionCode = input.adopterRegionCode();
            replication.adopterCountry = "ID";
        } else if (input.adopterName() != null && !input.adopterName().isBlank()) {
            replication.adopterName = input.adopterName().strip();
            replication.adopterCountry = Objects.requireNonNullElse(input.adopterCountry(), "ID");
        } else {
            throw ApiProblem.invalidField("adopter_region_code", "give adopter_region_code, or adopter_name and adopter_country");
        }
        if (findExisting(replication.sourceInnovationId, replication.adopterRegionCode, replication.adopterName) != null) {
            throw ApiProblem.conflict("This adopter already has a replication of '" + input.sourceSlug()
                    + "'; record a status change on it instead");
        }
        applyDetails(replication, input.details(), input.sourceUrls());
        if (replication.year == null && input.date() != null) {
            replication.year = input.date().getYear();
        }
        checkStopReason(input.status(), stepNote);
        OffsetDateTime now = OffsetDateTime.now();
        replication.record(input.status(), input.date(), stepNote, caller.username(), now);
        replication.publication = ReplicationReview.initial(caller);
        replication.persist();
        return presenter.view(replication, caller);
    }

    /** Replaces the editable details (not the status); {@code expectedVersion} is the If-Match version. */
    @Transactional
    public ReplicationView update(long id, ReplicationDetails details, Long expectedVersion, Caller caller) {
        checkMayChange(caller);
        Replication replication = find(id, caller);
        checkVersion(replication, expectedVersion);
        applyDetails(replication, details, null);
        replication.publication = ReplicationReview.afterChange(replication.publication, caller);
        Replication.flush();
        return presenter.view(replication, caller);
    }

    /**
     * Changes the details a JSON Merge Patch names, as a client would that GETs the replication, merges the patch into
     * it and PUTs it back, in one transaction.
     */
    @Transactional
    public ReplicationView patch(long id, JsonNode patch, Long expectedVersion, Caller caller) {
        checkMayChange(caller);
        checkVersion(find(id, caller), expectedVersion);
        return update(id, mergePatch.patched(get(id, caller), patch, ReplicationDetails.class), expectedVersion, caller);
    }

    /**
     * Moves a replication to a new stage. Illegal moves get 409 naming the allowed next stages; a step may be
     * back-dated, but not before the latest dated step, so the history reads in order.
     */
    @Transactional
    public ReplicationView transition(long id, TransitionInput input, Long expectedVersion, Caller caller) {
        checkMayChange(caller);
        Replication replication = find(id, caller);
        checkVersion(replication, expectedVersion);
        moveTo(replication, input, caller);
        replication.publication = ReplicationReview.afterChange(replication.publication, caller);
        Replication.flush();
        return presenter.view(replication, caller);
    }

    /** Submits, publishes or sends back a replication ({@link ReplicationReview}). */
    @Transactional
    public ReplicationView review(long id, PublicationStatus publication, Long expectedVersion, Caller caller) {
        checkMayChange(caller);
        Replication replication = find(id, caller);
        checkVersion(replication, expectedVersion);
        ReplicationReview.checkMove(replication.publication, publication, caller);
        replication.publication = publication;
        Replication.flush();
        return presenter.view(replication, caller);
    }

    void moveTo(Replication replication, TransitionInput input, Caller caller) {
        ReplicationStatus from = replication.status;
        if (!from.allowedNext().contains(input.status())) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("current_status", from);
            extra.put("requested_status", input.status());
            extra.put("allowed_next", from.allowedNext());
            throw ApiProblem.conflict("A replication at '" + from + "' cannot move to '" + input.status() + "'; allowed: "
                    + from.allowedNext(), extra);
        }
        LocalDate latest = replication.latestStepDate();
        if (input.date() != null && latest != null && input.date().isBefore(latest)) {
            throw ApiProblem.invalidField("date", "is before the latest recorded step (" + latest
                    + "); history is appended in order, never rewritten");
        }
        checkStopReason(input.status(), input.note());
        replication.record(input.status(), input.date(), input.note(), caller.username(), OffsetDateTime.now());
    }

    @Transactional
    public void delete(long id) {
        if (!Replication.deleteById(id)) {
            throw ApiProblem.notFound("Replication", Long.toString(id));
        }
    }

    static Replication findExisting(long sourceId, String adopterRegionCode, String adopterName) {
        return Replication.<Replication>find("sourceInnovationId = ?1 and coalesce(adopterRegionCode, '') = ?2"
                        + " and coalesce(adopterName, '') = ?3", sourceId, Objects.requireNonNullElse(adopterRegionCode, ""),
                Objects.requireNonNullElse(adopterName, "")).firstResult();
    }

    /**
     * Looks the references up before changing anything: a query flushes the entity, and a field cleared before it and
     * set again after it would cost an UPDATE (and a version) for a change that is none.
     */
    void applyDetails(Replication replication, ReplicationDetails details, List<String> sourceUrls) {
        Long derivedId = null;
        if (details.derivedSlug() != null) {
            derivedId = innovationId("derived_slug", details.derivedSlug());
            lineage.checkAcyclic(replication.sourceInnovationId, derivedId);
        }
        Long learningEventId = null;
        if (details.learningEvent() != null) {
            LearningEvent event = LearningEvent.findBySlug(details.learningEvent());
            if (event == null) {
                throw ApiProblem.invalidField("learning_event", "unknown learning event '" + details.learningEvent() + "'");
            }
            learningEventId = event.id;
        }
        replication.year = details.year();
        replication.notes = details.notes();
        replication.derivedInnovationId = derivedId;
        replication.learningEventId = learningEventId;
        replication.adaptation = details.adaptation();
        replication.outcomes = details.outcomes() == null ? new ArrayList<>() : new ArrayList<>(details.outcomes());
        replication.legalBasis = details.legalBasis();
        List<EvidenceSource> evidence = details.evidence() == null ? new ArrayList<>() : new ArrayList<>(details.evidence());
        if (sourceUrls != null) {
            sourceUrls.stream().filter(url -> evidence.stream().noneMatch(e -> url.equals(e.url())))
                    .forEach(url -> evidence.add(new EvidenceSource(url, null, false)));
        }
        replication.evidence = evidence;
    }

    /**
     * Staff record and change replications; what a curator records goes through review before the public reads it
     * ({@link ReplicationReview}).
     */
    static void checkMayChange(Caller caller) {
        if (!caller.staff()) {
            throw ApiProblem.forbidden("Recording or changing a replication is for signed-in staff");
        }
    }

    private static void checkStopReason(ReplicationStatus status, String note) {
        if (status == ReplicationStatus.dihentikan && (note == null || note.isBlank())) {
            throw ApiProblem.invalidField("note", "give the reason the replication stopped");
        }
    }

    private static void checkVersion(Replication replication, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != replication.version) {
            throw ApiProblem.preconditionFailed("The replication changed since you read it (version " + replication.version
                    + "); read it again and retry");
        }
    }

    private static Replication find(long id, Caller caller) {
        Replication replication = Replication.findById(id);
        if (!ReplicationVisibility.visible(replication, caller)) {
            throw ApiProblem.notFound("Replication", Long.toString(id));
        }
        return replication;
    }

    private static long innovationId(String field, String slug) {
        Innovation innovation = Innovation.findBySlug(slug);
        if (innovation == null) {
            throw ApiProblem.invalidField(field, "unknown innovation '" + slug + "'");
        }
        return innovation.id;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("cursor", "is not a cursor returned by this API");
        }
    }
}
