package id.lumbung.database;

/**
 * CDI event fired at every start once the schema is migrated, while this node holds the cluster-wide first-start
 * lock: what must happen once per database (the bootstrap admin, the demo catalogue) observes it, checks whether it
 * was done already, and does it. Nodes starting together thus do it one after the other, and only the first
 * finds anything to do.
 */
public record FirstStartWork() {
}
