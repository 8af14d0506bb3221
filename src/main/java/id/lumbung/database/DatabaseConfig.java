package id.lumbung.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "lumbung.database")
public interface DatabaseConfig {

    /**
     * How long a starting node waits for PostgreSQL before it gives up and exits (status 1, so that its supervisor
     * restarts it). Unset: it waits as long as it takes, retrying every {@link #retryInterval()}.
     */
    Optional<Duration> startWait();

    /** How often a node retries PostgreSQL while it waits for it at start. */
    @WithDefault("2s")
    Duration retryInterval();

    /**
     * Embedded PostgreSQL only: if it dies while the service runs it is started again at once; when that has not
     * worked for this long, the service stops (status 70) so that its supervisor restarts both.
     */
    @WithDefault("2m")
    Duration embeddedRestartTimeout();
}
