package id.lumbung.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.InnovationViews.InnovationSummary;
import id.lumbung.catalogue.InnovationViews.InnovationView;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.ApiProblem.FieldViolation;
import id.lumbung.common.Cursor;
import id.lumbung.common.JsonMergePatch;
import id.lumbung.common.Page;
import id.lumbung.region.Region;
import id.lumbung.region.RegionService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reading and writing single innovations, with the visibility and publication rules. */
@ApplicationScoped
public class InnovationService {

    @Inject
    RegionService regions;

    @Inject
    CurationConfig curation;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    JsonMergePatch mergePatch;

    public Page<InnovationSummary> list(InnovationFilter filter, Caller caller, String cursor, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        PublicationStatus status = caller.staff() ? filter.status() : PublicationStatus.published;
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (filter.region() != null) {
            // The redundant prefix (a superset: codes below a region extend its code) is one range of the published
            // region-and-slug index (V62), which PostgreSQL cannot see in the disjunction (decision 206).
            where.append(" and regionCode like :prefix and (regionCode = :region or regionCode like :below)");
            params.and("prefix", filter.region() + "%").and("region", filter.region()).and("below", filter.region() + ".%");
        }
        if (filter.theme() != null) {
            where.append(" and :theme member of themes");
            params.and("theme", filter.theme());
        }
        if (filter.level() != null) {
            where.append(" and level = :level");
            params.and("level", filter.level());
        }
        if (filter.tahapan() != null) {
            where.append(" and tahapan = :tahapan");
            params.and("tahapan", filter.tahapan());
        }
        if (filter.yearFrom() != null) {
            where.append(" and yearStarted >= :yearFrom");
            params.and("yearFrom", filter.yearFrom());
        }
        if (filter.stale() != null) {
            where.append(filter.stale() ? " and (lastConfirmedOn is null or lastConfirmedOn < :staleBefore)"
                    : " and lastConfirmedOn >= :staleBefore");
            params.and("staleBefore", curation.staleBefore(LocalDate.now()));
        }
        if (filter.yearTo() != null) {
            where.append(" and yearStarted <= :yearTo");
            params.and("yearTo", filter.yearTo());
        }
        long total = Innovation.count(where.toString(), params);
        String after = Cursor.decode(cursor);
        if (after != null) {
            where.append(" and slug > :after");
            params.and("after", after);
        }
        List<Innovation> page = Innovation.<Innovation>find(where.toString(), Sort.by("slug"), params).range(0, limit - 1).list();
        Map<String, Region> regionsByCode = regions.withProvinces(page.stream().map(i -> i.regionCode).toList());
        String next = page.size() == limit ? Cursor.encode(page.getLast().slug) : null;
        LocalDate staleBefore = curation.staleBefore(LocalDate.now());
        return new Page<>(page.stream().map(i -> InnovationViews.summary(i, regionsByCode, staleBefore)).toList(), total, next);
    }

    /** The innovation as the caller may see it; drafts do not exist for the public. */
    public InnovationView get(String slug, Caller caller) {
        return view(visible(slug, caller), caller);
    }

    /** The entity if the caller may see it, else 404 (never 403: a draft's existence is not disclosed). */
    public Innovation visible(String slug, Caller caller) {
        Innovation innovation = Innovation.findBySlug(slug);
        if (innovation == null || !(innovation.isPublished() || caller.staff())) {
            throw ApiProblem.notFound("Innovation", slug);
        }
        return innovation;
    }

    /**
     * Creates an entry. One that looks like an existing entry of the same area is refused with the
     * candidates (409 possible-duplicate) unless {@code duplicateConfirmed}.
     */
    @Transactional
    public InnovationView create(InnovationInput input, boolean duplicateConfirmed, Caller caller) {
        // May the caller create it so at all: a curator asking for "published" hears so before any other verdict.
        PublicationStatus status = input.status() == null ? PublicationStatus.draft : input.status();
        EditorialWorkflow.checkInitial(status, caller);
        if (Innovation.count("slug", input.slug()) > 0) {
            throw ApiProblem.conflict("An innovation with slug '" + input.slug() + "' already exists");
        }
        // References first: the duplicate check needs the region, which may be given by name.
        InnovationAssembler assembler = checkedAssembler(input);
        if (!duplicateConfirmed) {
            List<DuplicateFinder.Candidate> candidates = duplicates.candidates(input.slug(), input.name(), input.acronym(),
                    assembler.regionCode(input));
            if (!candidates.isEmpty()) {
                throw ApiProblem.possibleDuplicate("'" + input.name() + "' looks like " + candidates.size()
                        + " existing entr" + (candidates.size() == 1 ? "y" : "ies") + " of the same area; check them, and send "
                        + "it again with confirm_duplicate=true if it is a different program", candidates);
            }
        }
        Innovation innovation = new Innovation();
        assembler.apply(input, innovation);
        innovation.status = status;
        innovation.persist();
        return view(innovation, caller);
    }

    /**
     * Replaces the editable fields. {@code expectedVersion} (from If-Match) guards against lost updates; the
     * JPA version column catches a race between two requests that passed that check together.
     */
    @Transactional
    public InnovationView update(String slug, InnovationInput input, Long expectedVersion, Caller caller) {
        return replace(visibleAt(slug, expectedVersion, caller), input, caller);
    }

    /**
     * Changes the fields a JSON Merge Patch names, as a client would that GETs the entry, merges the patch into it and
     * PUTs it back, in one transaction: all of the patch or nothing, checked as a PUT is. A patch that names
     * {@code region_name} without {@code region_code} moves the entry to that region: the code it had no longer applies.
     */
    @Transactional
    public InnovationView patch(String slug, JsonNode patch, Long expectedVersion, Caller caller) {
        Innovation innovation = visibleAt(slug, expectedVersion, caller);
        JsonNode effective = patch;
        if (patch != null && patch.hasNonNull("region_name") && !patch.has("region_code")) {
            effective = ((ObjectNode) patch.deepCopy()).putNull("region_code");
        }
        return replace(innovation, mergePatch.patched(view(innovation, caller), effective, InnovationInput.class), caller);
    }

    private InnovationView replace(Innovation innovation, InnovationInput input, Caller caller) {
        String slug = innovation.slug;
        if (!slug.equals(input.slug())) {
            throw ApiProblem.invalidField("slug", "cannot be changed (was '" + slug + "')");
        }
        EditorialWorkflow.checkMayEdit(innovation.status, caller);
        InnovationAssembler assembler = checkedAssembler(input);
        if (input.status() != null && input.status() != innovation.status) {
            EditorialWorkflow.checkMove(innovation.status, input.status(), caller);
            innovation.status = input.status();
        }
        assembler.apply(input, innovation);
        Innovation.flush();
        return view(innovation, caller);
    }

    @Transactional
    public void delete(String slug) {
        Innovation innovation = Innovation.findBySlug(slug);
        if (innovation == null) {
            throw ApiProblem.notFound("Innovation", slug);
        }
        innovation.delete();
    }

    /** The entry in import format, as the caller may see it: what an edit form starts from. */
    public InnovationInput asInput(String slug, Caller caller) {
        Innovation innovation = visible(slug, caller);
        return InnovationViews.record(innovation, regions.withProvinces(
                innovation.regionCode == null ? List.of() : List.of(innovation.regionCode)), FieldVisibility.audience(caller));
    }

    /** Records a checked running status (today unless {@code confirmedOn} says otherwise). */
    @Transactional
    public InnovationView confirm(String slug, RunningStatus status, LocalDate confirmedOn, Caller caller) {
        Innovation innovation = visible(slug, caller);
        EditorialWorkflow.checkMayEdit(innovation.status, caller); // the running status of a public entry is public
        innovation.runningStatus = status;
        innovation.lastConfirmedOn = confirmedOn != null ? confirmedOn : LocalDate.now();
        Innovation.flush();
        return view(innovation, caller);
    }

    /** Moves an entry through the editorial workflow (submit, publish, archive, back to draft). */
    @Transactional
    public InnovationView moveTo(String slug, PublicationStatus status, Long expectedVersion, Caller caller) {
        Innovation innovation = visibleAt(slug, expectedVersion, caller);
        EditorialWorkflow.checkMove(innovation.status, status, caller);
        innovation.status = status;
        Innovation.flush();
        return view(innovation, caller);
    }

    /** The visible entry, if it is still at {@code expectedVersion} (the If-Match version; null: any). */
    private Innovation visibleAt(String slug, Long expectedVersion, Caller caller) {
        Innovation innovation = visible(slug, caller);
        if (expectedVersion != null && expectedVersion != innovation.version) {
            throw ApiProblem.preconditionFailed("Innovation '" + slug + "' was changed by someone else (version "
                    + innovation.version + ", you sent " + expectedVersion + "); reload it and apply your edit again");
        }
        return innovation;
    }

    /** An assembler for the input, after checking the input's references (region, themes). */
    private InnovationAssembler checkedAssembler(InnovationInput input) {
        InnovationAssembler assembler = new InnovationAssembler(regions.directory(), Theme.codes());
        List<FieldViolation> violations = assembler.check(input);
        if (!violations.isEmpty()) {
            throw ApiProblem.invalidFields(violations);
        }
        return assembler;
    }

    private InnovationView view(Innovation innovation, Caller caller) {
        return InnovationViews.view(innovation, regions.withProvinces(
                innovation.regionCode == null ? List.of() : List.of(innovation.regionCode)), FieldVisibility.audience(caller),
                curation.staleBefore(LocalDate.now()));
    }
}
