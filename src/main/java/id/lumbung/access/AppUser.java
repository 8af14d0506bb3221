package id.lumbung.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A staff account as admins manage it. Passwords are checked against {@link StaffCredential}, the accounts that are not
 * disabled.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    /** Modular Crypt Format bcrypt hash; the plain password is never stored. */
    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** Set while the account is disabled: it cannot sign in, and its sessions were ended. */
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
}
