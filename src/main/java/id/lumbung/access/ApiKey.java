package id.lumbung.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A read-only key of an embedding client; the secret itself is never stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The public part of the key (after "lmb_"), which finds the row. */
    public String prefix;

    /** SHA-256 (hex) of the whole key. */
    @Column(name = "key_hash")
    public String keyHash;

    public String name;

    public String owner;

    /** Origins (scheme://host[:port]) whose pages may call the API with this key. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_origins")
    public List<String> allowedOrigins = new ArrayList<>();

    @Column(name = "rate_limit_per_minute")
    public int rateLimitPerMinute;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    public boolean isActive() {
        return revokedAt == null;
    }
}
