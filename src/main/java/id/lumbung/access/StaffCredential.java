package id.lumbung.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The credentials of an account that may sign in (the view {@code staff_credential}: accounts that are not disabled).
 * quarkus-security-jpa checks HTTP Basic and the sign-in form against its bcrypt hash, so a disabled account is simply
 * not found.
 */
@Entity
@Immutable
@Table(name = "staff_credential")
@UserDefinition
public class StaffCredential extends PanacheEntityBase {

    @Id
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String role;
}
