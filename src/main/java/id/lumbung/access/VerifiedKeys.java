package id.lumbung.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.lumbung.common.ApiProblem;
import id.lumbung.common.DatabaseFailures;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * API keys as the request path checks them: a key verified against PostgreSQL is trusted for
 * {@code lumbung.access.api-keys.verified-for} (15 s), so a revocation reaches every node within that time, and keyed
 * requests cost no database round trip in between. While PostgreSQL cannot be reached, keys verified before the outage
 * keep working for {@code kept-during-outage}, so embedded search widgets keep answering from the index; a key never
 * verified gets 503. A key revoked on this node stops at once here. A key verified within the period is answered from
 * memory on the event loop ({@link #recall}); only a key not verified recently costs a worker thread and a query.
 */
@ApplicationScoped
public class VerifiedKeys {

    private static final Logger LOG = Logger.getLogger(VerifiedKeys.class);
    private static final Verdict NOT_A_KEY = new Verdict(Optional.empty());

    /** What a presented key is worth: its client, or none (not a key this service issued, or revoked). */
    public record Verdict(Optional<ApiClient> client) {
    }

    private record Verified(Verdict verdict, long at) {
    }

    @Inject
    ApiKeyService keys;

    @Inject
    KeyUsage usage;

    @Inject
    AccessConfig config;

    /** By SHA-256 of the presented secret; unknown keys are remembered too, so junk keys do not reach the database. */
    private Cache<String, Verified> verified;
    /** Whether keys are answered from memory because PostgreSQL cannot be reached: logged once each way. */
    private final AtomicBoolean keptDuringOutage = new AtomicBoolean();

    @PostConstruct
    void init() {
        verified = Caffeine.newBuilder().maximumSize(20_000)
                .expireAfterWrite(config.apiKeys().keptDuringOutage().plus(config.apiKeys().verifiedFor())).build();
    }

    /**
     * The verdict on a key this node verified less than {@code verified-for} ago, or on a key of the wrong shape; null
     * when only {@link #verify} can tell. Never reads PostgreSQL, so the request path calls it on the event loop.
     */
    public Verdict recall(String presented) {
        if (!ApiKeyService.wellFormed(presented)) {
            return NOT_A_KEY;
        }
        Verified cached = verified.getIfPresent(ApiKeyService.sha256(presented));
        return cached == null || isStale(cached) ? null : used(cached.verdict());
    }

    /** The verdict on a key, read from PostgreSQL when this node has none fresh enough (blocking). */
    public Verdict verify(String presented) {
        if (!ApiKeyService.wellFormed(presented)) {
            return NOT_A_KEY;
        }
        String hash = ApiKeyService.sha256(presented);
        Verified cached = verified.getIfPresent(hash);
        if (cached != null && !isStale(cached)) {
            return used(cached.verdict());
        }
        try {
            Verdict verdict = new Verdict(keys.lookup(presented));
            verified.put(hash, new Verified(verdict, System.nanoTime()));
            if (keptDuringOutage.compareAndSet(true, false)) {
                LOG.info("PostgreSQL answers again: API keys are verified against it again");
            }
            return used(verdict);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachableAnywhere(e)) {
                throw e;
            }
            if (cached == null) {
                throw ApiProblem.databaseUnavailable(DatabaseFailures.RETRY_AFTER_SECONDS);
            }
            if (keptDuringOutage.compareAndSet(false, true)) {
                LOG.warnf("PostgreSQL cannot be reached (%s): API keys verified in the last %s are trusted meanwhile; a"
                        + " revocation made elsewhere is not seen until it answers again", e.getMessage(),
                        config.apiKeys().keptDuringOutage());
            }
            return used(cached.verdict());
        }
    }

    private boolean isStale(Verified cached) {
        return System.nanoTime() - cached.at() >= config.apiKeys().verifiedFor().toNanos();
    }

    private Verdict used(Verdict verdict) {
        verdict.client().ifPresent(c -> usage.used(c.keyId()));
        return verdict;
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyService.Revoked revoked) {
        verified.asMap().values().removeIf(v -> v.verdict().client().map(c -> c.keyId() == revoked.keyId()).orElse(false));
    }
}
