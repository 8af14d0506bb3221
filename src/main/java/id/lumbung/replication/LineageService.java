package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.common.ApiProblem;
import id.lumbung.replication.ReplicationViews.Adopter;
import id.lumbung.replication.ReplicationViews.InnovationRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The replication graph: an innovation, the replications of it, the adopters' derived innovations and their
 * replications in turn (downstream), and what it was itself derived from (upstream). Edges run from a source
 * innovation to a derived one; cycles are refused when a derived innovation is set.
 */
@ApplicationScoped
public class LineageService {

    /** Deeper chains are cut off (and flagged) rather than walked, to bound the response. */
    static final int MAX_DEPTH = 12;
    /** Replications shown below one innovation; more are counted and flagged, not listed. */
    static final int MAX_WIDTH = 50;
    /** Replications in one lineage answer, over all levels. */
    static final int MAX_NODES = 500;

    @Inject
    EntityManager em;

    /** {@code truncated}: the walk was cut in depth or width, so more replications exist than are listed. */
    public record Lineage(InnovationRef innovation, List<Upstream> derivedFrom, List<Branch> replications,
            int depth, int size, boolean truncated) {
    }

    /** What an innovation was derived from, through which replication, and so on upwards. */
    public record Upstream(long replicationId, InnovationRef source, ReplicationStatus status, List<Upstream> derivedFrom) {
    }

    /** One replication of an innovation, and the tree below the adopter's derived innovation. */
    public record Branch(long replicationId, Adopter adopter, ReplicationStatus status, Integer year, InnovationRef derived,
            List<Branch> replications, boolean truncated) {
    }

    public Lineage lineage(String slug, Caller caller) {
        Innovation root = Innovation.findBySlug(slug);
        if (!ReplicationPresenter.visible(root, caller)) {
            throw ApiProblem.notFound("Innovation", slug);
        }
        Walk walk = new Walk(caller);
        List<Branch> down = walk.down(root.id, 1, new HashSet<>(Set.of(root.id)));
        List<Upstream> up = walk.up(root.id, 1, new HashSet<>(Set.of(root.id)));
        return new Lineage(ReplicationPresenter.ref(root), up, down, walk.depth, walk.size, walk.truncated);
    }

    /**
     * Refuses a derived innovation that would close a cycle: one that is the source itself or one of the
     * source's ancestors. Serialised by a transaction lock so two concurrent writes cannot close one together.
     */
    public void checkAcyclic(long sourceId, long derivedId) {
        if (sourceId == derivedId) {
            throw ApiProblem.invalidField("derived_slug", "cannot be the source innovation itself");
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('replication-lineage'))").getSingleResult();
        Object ancestor = em.createNativeQuery("""
                with recursive up(id) as (
                    select cast(:source as bigint)
                    union
                    select r.source_innovation_id from replication r join up on r.derived_innovation_id = up.id)
                select exists (select 1 from up where id = :derived)""")
                .setParameter("source", sourceId).setParameter("derived", derivedId).getSingleResult();
        if (Boolean.TRUE.equals(ancestor)) {
            Innovation derived = Innovation.findById(derivedId);
            throw ApiProblem.conflict("'" + derived.slug + "' is already upstream of this innovation's lineage; "
                    + "deriving it from here would make a cycle");
        }
    }

    private static final class Walk {
        private final Caller caller;
        int depth;
        int size;
        boolean truncated;

        /** At most MAX_WIDTH visible replications of one innovation, and none once the answer holds MAX_NODES. */
        private List<Replication> widthCapped(String field, long innovationId) {
            int room = Math.min(MAX_WIDTH, MAX_NODES - size);
            List<Replication> found = room <= 0 ? List.of() : Replication.<Replication>find(where(field) + " order by id",
                    innovationId).range(0, room - 1).list();
            if (found.size() == room || room <= 0) {
                truncated |= Replication.count(where(field), innovationId) > found.size();
            }
            return found;
        }

        private String where(String field) {
            return field + " = ?1 and " + ReplicationVisibility.jpql(caller);
        }

        Walk(Caller caller) {
            this.caller = caller;
        }

        List<Branch> down(long innovationId, int level, Set<Long> onPath) {
            List<Branch> branches = new ArrayList<>();
            for (Replication r : widthCapped("sourceInnovationId", innovationId)) {
                size++;
                depth = Math.max(depth, level);
                Innovation derived = r.derivedInnovationId == null ? null : Innovation.findById(r.derivedInnovationId);
                boolean shown = ReplicationPresenter.visible(derived, caller);
                boolean deeper = shown && level < MAX_DEPTH && onPath.add(derived.id);
                List<Branch> below = deeper ? down(derived.id, level + 1, onPath) : List.of();
                if (deeper) {
                    onPath.remove(derived.id);
                }
                boolean truncated = shown && !deeper
                        && Replication.count(where("sourceInnovationId"), derived.id) > 0;
                this.truncated |= truncated;
                branches.add(new Branch(r.id, ReplicationPresenter.adopter(r), r.status, r.year,
                        shown ? ReplicationPresenter.ref(derived) : null, below, truncated));
            }
            return branches;
        }

        List<Upstream> up(long innovationId, int level, Set<Long> onPath) {
            List<Upstream> sources = new ArrayList<>();
            for (Replication r : widthCapped("derivedInnovationId", innovationId)) {
                Innovation source = Innovation.findById(r.sourceInnovationId);
                if (!ReplicationPresenter.visible(source, caller) || level > MAX_DEPTH || !onPath.add(source.id)) {
                    continue;
                }
                sources.add(new Upstream(r.id, ReplicationPresenter.ref(source), r.status, up(source.id, level + 1, onPath)));
                onPath.remove(source.id);
            }
            return sources;
        }
    }
}
