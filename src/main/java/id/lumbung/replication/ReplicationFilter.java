package id.lumbung.replication;

import id.lumbung.access.Caller;
import id.lumbung.replication.ReplicationService.Criteria;
import io.quarkus.panache.common.Parameters;

/** The JPQL condition of a replication list: what the caller may see, narrowed by the list's criteria. */
final class ReplicationFilter {

    private final StringBuilder where;
    private final Parameters params = new Parameters();

    private ReplicationFilter(Criteria criteria, Caller caller) {
        where = new StringBuilder(ReplicationVisibility.jpql(caller));
        if (criteria.publication() != null) {
            and("publication = :publication").with("publication", criteria.publication());
        }
        if (criteria.sourceSlug() != null) {
            and("sourceInnovationId in (select i.id from Innovation i where i.slug = :slug)")
                    .with("slug", criteria.sourceSlug());
        }
        if (criteria.adopterRegion() != null) {
            and("(adopterRegionCode = :adopter or adopterRegionCode like :adopterBelow)")
                    .with("adopter", criteria.adopterRegion())
                    .with("adopterBelow", criteria.adopterRegion() + ".%");
        }
        if (criteria.sourceRegion() != null) {
            and("sourceInnovationId in (select i.id from Innovation i"
                    + " where i.regionCode = :source or i.regionCode like :sourceBelow)")
                    .with("source", criteria.sourceRegion())
                    .with("sourceBelow", criteria.sourceRegion() + ".%");
        }
        if (criteria.status() != null) {
            and("status = :status").with("status", criteria.status());
        }
    }

    static ReplicationFilter of(Criteria criteria, Caller caller) {
        return new ReplicationFilter(criteria, caller);
    }

    /** Narrows the condition ({@link #with} binds its parameters). */
    ReplicationFilter and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    ReplicationFilter with(String name, Object value) {
        params.and(name, value);
        return this;
    }

    String where() {
        return where.toString();
    }

    Parameters params() {
        return params;
    }
}
