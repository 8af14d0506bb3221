package id.lumbung.replication;

import id.lumbung.access.Caller;

/**
 * Which replications a caller may see, decided in one place. The rule itself is the database view
 * {@code public_replication} (published replications of published innovations, migration V50); every public read of
 * replications goes through it: JPQL through {@link #jpql}, native SQL by reading the view ({@link #PUBLIC_VIEW}), one
 * record through {@link #visible}. Staff see every replication, drafts and those under review included.
 */
public final class ReplicationVisibility {

    /** The view to read instead of the table in native SQL that answers the public. */
    public static final String PUBLIC_VIEW = "public_replication";

    private static final String PUBLIC_JPQL = "id in (select p.id from PublicReplication p)";

    private ReplicationVisibility() {
    }

    /** A JPQL condition on the root {@code Replication} of a Panache query (unaliased), for this caller. */
    static String jpql(Caller caller) {
        return caller.staff() ? "1 = 1" : PUBLIC_JPQL;
    }

    /** A JPQL condition on a {@code Replication} aliased {@code alias}, for this caller. */
    static String jpql(String alias, Caller caller) {
        return caller.staff() ? "1 = 1" : alias + "." + PUBLIC_JPQL;
    }

    static boolean visible(Replication replication, Caller caller) {
        return replication != null && (caller.staff() || PublicReplication.count("id", replication.id) > 0);
    }
}
