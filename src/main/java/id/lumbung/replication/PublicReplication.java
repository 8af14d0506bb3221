package id.lumbung.replication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The database view {@code public_replication} (migration V50): the ids of the replications the public may see. It is
 * mapped only so that JPQL can say "visible" in the view's own words; see {@link ReplicationVisibility}.
 */
@Entity
@Immutable
@Table(name = "public_replication")
class PublicReplication extends PanacheEntityBase {

    @Id
    Long id;
}
