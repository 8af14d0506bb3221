package id.lumbung.testing;

import id.lumbung.database.EmbeddedDatabase;

/**
 * An embedded PostgreSQL of the test class's own (never an external one), which the test may stop to see how the
 * service answers without its database. A test class using it gets an application of its own.
 */
public class StoppablePostgres extends PostgresTestResource {

    private static volatile EmbeddedDatabase running;

    @Override
    protected boolean externalAllowed() {
        return false;
    }

    @Override
    protected void started(EmbeddedDatabase database) {
        running = database;
    }

    /** Stops the server of the application that runs now. */
    public static void stopServer() {
        running.close();
    }
}
