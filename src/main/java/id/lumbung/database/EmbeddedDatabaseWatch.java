package id.lumbung.database;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Quarkus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Watches the embedded PostgreSQL that {@code LumbungMain} started: if its server dies (killed, out of memory), it
 * starts it again on the same directory and port, so the service's connections come back by themselves. If that
 * keeps failing for {@code lumbung.database.embedded-restart-timeout}, the service exits with status 70, for its
 * supervisor (systemd, Kubernetes) to restart both.
 */
@ApplicationScoped
public class EmbeddedDatabaseWatch {

    /** Exit status when the embedded database cannot be brought back (EX_SOFTWARE). */
    static final int EXIT_DATABASE_LOST = 70;
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseWatch.class);

    @Inject
    DatabaseConfig config;

    @Inject
    MeterRegistry metrics;

    private volatile long downSince;

    @Scheduled(identity = "embedded-database-watch", every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        EmbeddedDatabase.launched().ifPresent(this::check);
    }

    void check(EmbeddedDatabase database) {
        if (database.running() || database.closed()) {
            downSince = 0;
            return;
        }
        long now = System.nanoTime();
        if (downSince == 0) {
            downSince = now;
            LOG.errorf("The embedded PostgreSQL in %s is not running; starting it again", database.directory());
        }
        try {
            database.restart();
            metrics.counter("lumbung.database.embedded.restarts").increment();
            LOG.infof("The embedded PostgreSQL runs again (down for %d ms)", (System.nanoTime() - downSince) / 1_000_000);
            downSince = 0;
        } catch (RuntimeException e) {
            Duration down = Duration.ofNanos(System.nanoTime() - downSince);
            if (down.compareTo(config.embeddedRestartTimeout()) >= 0) {
                LOG.errorf(e, "The embedded PostgreSQL could not be started again for %d s; stopping the service",
                        down.toSeconds());
                Quarkus.asyncExit(EXIT_DATABASE_LOST);
            } else {
                LOG.warn("Starting the embedded PostgreSQL again failed; retrying", e);
            }
        }
    }
}
