package id.lumbung.access;

/** Role names as stored on users and checked by {@code @RolesAllowed}. */
public final class Roles {

    /** Creates, edits and imports entries and records replications. */
    public static final String CURATOR = "curator";
    /** Everything a curator does, and publishes or archives entries. */
    public static final String REVIEWER = "reviewer";
    /** Everything, including deletion and user management. */
    public static final String ADMIN = "admin";

    /** An embedding client's API key: reads what the public reads; never stored on a user. */
    public static final String API_CLIENT = "api_client";

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return CURATOR.equals(role) || REVIEWER.equals(role) || ADMIN.equals(role);
    }
}
