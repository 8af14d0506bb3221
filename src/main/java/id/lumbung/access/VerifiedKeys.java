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

/**
 * API keys as the request path checks them: a key verified against PostgreSQL is trusted for
 * {@code lumbung.access.api-keys.verified-for} (15 s), so a revocation reaches every node within that time, and keyed
 * requests cost no database round trip in between. While PostgreSQL cannot be reached, keys verified before the outage
 * keep working for {@code kept-during-outage}, so embedded search widgets keep answering from the index; a key never
 * verified gets 503. A key revoked on this node stops at once here.
 */
@ApplicationScoped
public class VerifiedKeys {

    private record Verified(Optional<ApiClient> client, long at) {
    }

    @Inject
    ApiKeyService keys;

    @Inject
    KeyUsage usage;

    @Inject
    AccessConfig config;

    /** By SHA-256 of the presented secret; unknown keys are remembered too, so junk keys do not reach the database. */
    private Cache<String, Verified> verified;

    @PostConstruct
    void init() {
        verified = Caffeine.newBuilder().maximumSize(20_000)
                .expireAfterWrite(config.apiKeys().keptDuringOutage().plus(config.apiKeys().verifiedFor())).build();
    }

    public Optional<ApiClient> verify(String presented) {
        if (!ApiKeyService.wellFormed(presented)) {
            return Optional.empty();
        }
        String hash = ApiKeyService.sha256(presented);
        Verified cached = verified.getIfPresent(hash);
        long now = System.nanoTime();
        Optional<ApiClient> client;
        if (cached != null && now - cached.at() < config.apiKeys().verifiedFor().toNanos()) {
            client = cached.client();
        } else {
            try {
                client = keys.lookup(presented);
                verified.put(hash, new Verified(client, now));
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isUnreachableAnywhere(e)) {
                    throw e;
                }
                if (cached == null) {
                    throw ApiProblem.databaseUnavailable(DatabaseFailures.RETRY_AFTER_SECONDS);
                }
                client = cached.client();
            }
        }
        client.ifPresent(c -> usage.used(c.keyId()));
        return client;
    }

    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyService.Revoked revoked) {
        verified.asMap().values().removeIf(v -> v.client().map(c -> c.keyId() == revoked.keyId()).orElse(false));
    }
}
