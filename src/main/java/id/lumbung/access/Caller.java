package id.lumbung.access;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, as far as the domain rules care: services decide visibility and publishing with it. */
public record Caller(String username, boolean staff, boolean canPublish, boolean admin) {

    public static final Caller ANONYMOUS = new Caller(null, false, false, false);
    /** The service itself, e.g. the demo loader. */
    public static final Caller SYSTEM = new Caller("system", true, true, true);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        boolean admin = identity.hasRole(Roles.ADMIN);
        boolean reviewer = identity.hasRole(Roles.REVIEWER);
        boolean staff = admin || reviewer || identity.hasRole(Roles.CURATOR);
        return new Caller(identity.getPrincipal().getName(), staff, admin || reviewer, admin);
    }
}
