package id.lumbung.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * When each API key was last used, collected in memory and written to PostgreSQL in one statement every
 * {@code lumbung.access.api-keys.last-used-flush-interval}, off the request path. It is a hint for admins, not a log:
 * what a node had not written when it stopped hard is lost.
 */
@ApplicationScoped
public class KeyUsage {

    private static final Logger LOG = Logger.getLogger(KeyUsage.class);

    private final Map<Long, OffsetDateTime> pending = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    void used(long keyId) {
        pending.put(keyId, OffsetDateTime.now());
    }

    @Scheduled(every = "{lumbung.access.api-keys.last-used-flush-interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, OffsetDateTime> batch = new HashMap<>();
        for (Long id : pending.keySet()) {
            OffsetDateTime at = pending.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update api_key k set last_used_at = u.at
                        from unnest(?::bigint[], ?::timestamptz[]) as u(id, at)
                        where k.id = u.id and (k.last_used_at is null or k.last_used_at < u.at)""")) {
            update.setArray(1, connection.createArrayOf("bigint", batch.keySet().toArray()));
            update.setArray(2, connection.createArrayOf("timestamptz", batch.values().toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            batch.forEach((id, at) -> pending.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
            LOG.warnf("API-key last use not written this time (kept for the next flush): %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        flush();
    }
}
