package id.lumbung.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A signed-in browser: the SHA-256 of its session token, whose session it is, and until when. */
@Entity
@Table(name = "staff_session")
public class StaffSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    public String username;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;
}
