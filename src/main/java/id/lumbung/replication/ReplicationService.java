package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.Cursor;
import id.lumbung.common.Page;
import id.lumbung.learning.LearningEvent;
import id.lumbung.region.Region;
import id.lumbung.replication.ReplicationViews.Adopter;
import id.lumbung.replication.ReplicationViews.InnovationRef;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import id.lumbung.replication.ReplicationViews.StatusChangeView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** Records and reads replications. The full lifecycle (transitions) builds on this. */
@ApplicationScoped
public class ReplicationService {

    public Page<ReplicationView> list(String sourceSlug, String adopterRegion, ReplicationStatus status, Caller caller,
            String cursor, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!caller.staff()) {
            where.append(" and sourceInnovationId in (select i.id from Innovation i where i.status = 'published')");
        }
        if (sourceSlug != null) {
            where.append(" and sourceInnovationId in (select i.id from Innovation i where i.slug = :slug)");
            params.and("slug", sourceSlug);
        }
        if (adopterRegion != null) {
            where.append(" and (adopterRegionCode = :region or adopterRegionCode like :below)");
            params.and("region", adopterRegion).and("below", adopterRegion + ".%");
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        long total = Replication.count(where.toString(), params);
        String after = Cursor.decode(cursor);
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", parseId(after));
        }
        List<Replication> page = Replication.<Replication>find(where.toString(), Sort.by("id"), params).range(0, limit - 1).list();
        String next = page.size() == limit ? Cursor.encode(page.getLast().id.toString()) : null;
        return new Page<>(page.stream().map(r -> view(r, caller)).toList(), total, next);
    }

    public ReplicationView get(long id, Caller caller) {
        Replication replication = Replication.findById(id);
        if (replication == null || !caller.staff() && !isPublished(replication.sourceInnovationId)) {
            throw ApiProblem.notFound("Replication", Long.toString(id));
        }
        return view(replication, caller);
    }

    @Transactional
    public ReplicationView create(ReplicationInput input, Caller caller) {
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
        if (input.derivedSlug() != null) {
            replication.derivedInnovationId = innovationId("derived_slug", input.derivedSlug());
            if (replication.derivedInnovationId.equals(replication.sourceInnovationId)) {
                throw ApiProblem.invalidField("derived_slug", "cannot be the source innovation itself");
            }
        }
        if (input.learningEvent() != null) {
            LearningEvent event = LearningEvent.findBySlug(input.learningEvent());
            if (event == null) {
                throw ApiProblem.invalidField("learning_event", "unknown learning event '" + input.learningEvent() + "'");
            }
            replication.learningEventId = event.id;
        }
        if (Replication.count("sourceInnovationId = ?1 and coalesce(adopterRegionCode, '') = ?2 and coalesce(adopterName, '') = ?3",
                replication.sourceInnovationId, Objects.requireNonNullElse(replication.adopterRegionCode, ""),
                Objects.requireNonNullElse(replication.adopterName, "")) > 0) {
            throw ApiProblem.conflict("This adopter already has a replication of '" + input.sourceSlug()
                    + "'; record a status change on it instead");
        }
        replication.status = input.status();
        replication.year = input.year() != null ? input.year() : input.date() == null ? null : input.date().getYear();
        replication.notes = input.notes();
        replication.sourceUrls = input.sourceUrls() == null ? List.of() : List.copyOf(input.sourceUrls());
        StatusChange first = new StatusChange();
        first.replication = replication;
        first.status = input.status();
        first.occurredOn = input.date();
        first.note = input.notes();
        first.recordedBy = caller.username();
        first.recordedAt = OffsetDateTime.now();
        replication.history.add(first);
        replication.persist();
        return view(replication, caller);
    }

    @Transactional
    public void delete(long id) {
        if (!Replication.deleteById(id)) {
            throw ApiProblem.notFound("Replication", Long.toString(id));
        }
    }

    private static long innovationId(String field, String slug) {
        Innovation innovation = Innovation.findBySlug(slug);
        if (innovation == null) {
            throw ApiProblem.invalidField(field, "unknown innovation '" + slug + "'");
        }
        return innovation.id;
    }

    private static boolean isPublished(Long innovationId) {
        Innovation innovation = innovationId == null ? null : Innovation.findById(innovationId);
        return innovation != null && innovation.isPublished();
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidField("cursor", "is not a cursor returned by this API");
        }
    }

    private static ReplicationView view(Replication r, Caller caller) {
        Innovation source = Innovation.findById(r.sourceInnovationId);
        Innovation derived = r.derivedInnovationId == null ? null : Innovation.findById(r.derivedInnovationId);
        InnovationRef derivedRef = derived != null && (derived.isPublished() || caller.staff())
                ? new InnovationRef(derived.slug, derived.name) : null;
        LearningEvent event = r.learningEventId == null ? null : LearningEvent.findById(r.learningEventId);
        List<StatusChangeView> history = r.history.stream().map(c -> new StatusChangeView(c.status, c.occurredOn,
                c.note, caller.staff() ? c.recordedBy : null, c.recordedAt)).toList();
        return new ReplicationView(r.id, new InnovationRef(source.slug, source.name),
                new Adopter(r.adopterRegionCode, adopterName(r), r.adopterCountry), derivedRef,
                event == null ? null : event.slug, r.status, r.year, r.notes, List.copyOf(r.sourceUrls), history,
                r.createdAt, r.updatedAt, r.version);
    }

    private static String adopterName(Replication r) {
        if (r.adopterName != null) {
            return r.adopterName;
        }
        Region region = Region.findById(r.adopterRegionCode);
        return region == null ? null : region.displayName();
    }
}
