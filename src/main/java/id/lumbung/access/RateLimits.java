package id.lumbung.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Token buckets (Bucket4j) per API key and per anonymous client IP, refilled greedily over a minute. Buckets
 * live in a bounded cache and expire when idle; each node limits on its own (see docs/security.md).
 */
@ApplicationScoped
public class RateLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    @Inject
    MeterRegistry metrics;

    /** The answer for one request: allowed, or refused with the seconds until a token is back. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
    }

    public Decision take(String clientType, String clientKey, int perMinute) {
        Bucket bucket = buckets.get(clientType + ":" + clientKey + ":" + perMinute, k -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        metrics.counter("lumbung.rate_limit.requests", "client", clientType,
                "outcome", probe.isConsumed() ? "allowed" : "rejected").increment();
        long retryAfter = probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retryAfter);
    }
}
