package id.lumbung.access;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Token buckets per API key and per client IP, refilled greedily over a minute and shared by every node
 * ({@link SharedBuckets}).
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    SharedBuckets buckets;

    @Inject
    MeterRegistry metrics;

    /** The answer for one request: allowed, or refused with the seconds until a token is back. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {

        static Decision of(ConsumptionProbe probe) {
            long retryAfter = probe.isConsumed() ? 0
                    : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retryAfter);
        }
    }

    public Decision take(String clientType, String clientKey, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
        ConsumptionProbe probe = buckets.take("rate:" + clientType + ":" + clientKey + ":" + perMinute, configuration,
                SharedBuckets.Sync.BATCHED);
        metrics.counter("lumbung.rate_limit.requests", "client", clientType,
                "outcome", probe.isConsumed() ? "allowed" : "rejected").increment();
        return Decision.of(probe);
    }
}
