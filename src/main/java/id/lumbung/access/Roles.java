package id.lumbung.access;

/** Role names as stored on users and checked by {@code @RolesAllowed}. */
public final class Roles {

    /** Creates, edits and imports entries and records replications. */
    public static final String CURATOR = "curator";
    /** Everything a curator does, and publishes or archives entries. */
    public static final String REVIEWER = "reviewer";
    /** Everything, including deletion and user management. */
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return CURATOR.equals(role) || REVIEWER.equals(role) || ADMIN.equals(role);
    }
}
