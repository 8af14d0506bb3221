package id.lumbung.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Token buckets shared by every node through PostgreSQL (Bucket4j's JDBC backend, table {@code rate_limit_bucket}).
 * Rate limits synchronise with the database every few tokens ({@code lumbung.access.rate-limit.max-unsynchronized-share}
 * of the limit, or {@code sync-interval}), so a node may run ahead of the others by that share; login throttling
 * synchronises on every attempt, so parallel guesses cannot slip through. When PostgreSQL cannot be reached the
 * buckets fall back to this node's memory for {@code fallback-period} — limits keep working, per node, instead of
 * failing requests — and the database is tried again after that. A token that could not be given back to a shared bucket is owed to it and
 * added before its next use (decision 195).
 */
@ApplicationScoped
public class SharedBuckets {

    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccessConfig config;

    @Inject
    MeterRegistry metrics;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final Cache<String, Bucket> shared = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(30)).build();
    /**
     * Tokens to give back to a shared bucket that could not take them when they were given back (PostgreSQL away):
     * added before the bucket's next use, so a token taken from the shared bucket for a request that then failed with
     * the database is not lost from it (decision 195).
     */
    private final Cache<String, Long> owed = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();
    /** Until when (System.nanoTime, whose origin is arbitrary) the buckets of this node's memory are used. */
    private volatile long localUntil = System.nanoTime();

    /** How a bucket talks to the database: in batches of tokens (rate limits) or on every consumption (sign-in). */
    public enum Sync {
        BATCHED, EVERY_TOKEN
    }

    @PostConstruct
    void connect() {
        store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one token of the bucket {@code key}; the probe says whether it was there and when the next one comes. */
    public ConsumptionProbe take(String key, BucketConfiguration configuration, Sync sync) {
        if (System.nanoTime() - localUntil < 0) {
            return localBucket(key, configuration).tryConsumeAndReturnRemaining(1);
        }
        try {
            Bucket bucket = sharedBucket(key, configuration, sync);
            settleOwed(sync + ":" + key, bucket);
            return bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            fallBack(e);
            return localBucket(key, configuration).tryConsumeAndReturnRemaining(1);
        }
    }

    private void settleOwed(String sharedKey, Bucket bucket) {
        Long tokens = owed.asMap().remove(sharedKey);
        if (tokens != null) {
            try {
                bucket.addTokens(tokens);
            } catch (RuntimeException e) {
                owed.asMap().merge(sharedKey, tokens, Long::sum);
                throw e;
            }
        }
    }

    /** Gives a bucket all its tokens back (a successful sign-in ends a run of failures). */
    public void refill(String key, BucketConfiguration configuration, Sync sync) {
        giveBack(key, configuration, sync, configuration.getBandwidths()[0].getCapacity());
    }

    /** Gives a bucket {@code tokens} back, up to its capacity (a token taken for something that did not happen). */
    public void giveBack(String key, BucketConfiguration configuration, Sync sync, long tokens) {
        if (System.nanoTime() - localUntil >= 0) {
            try {
                sharedBucket(key, configuration, sync).addTokens(tokens);
                return;
            } catch (RuntimeException e) {
                fallBack(e);
            }
        }
        // The token may have come from the shared bucket before the database went away: owed to it (a bucket never
        // holds more than its capacity, so a token that came from this node's memory costs at most that).
        owed.asMap().merge(sync + ":" + key, tokens, Long::sum);
        localBucket(key, configuration).addTokens(tokens);
    }

    private Bucket sharedBucket(String key, BucketConfiguration configuration, Sync sync) {
        return shared.get(sync + ":" + key, ignored -> {
            var builder = store.builder();
            long capacity = configuration.getBandwidths()[0].getCapacity();
            long unsynchronized = (long) Math.floor(capacity * config.rateLimit().maxUnsynchronizedShare());
            if (sync == Sync.BATCHED && unsynchronized >= 1) {
                builder = builder.withOptimization(Optimizations.delaying(
                        new DelayParameters(unsynchronized, config.rateLimit().syncInterval())));
            }
            return builder.build(key, () -> configuration);
        });
    }

    private Bucket localBucket(String key, BucketConfiguration configuration) {
        return local.get(key, ignored -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }

    private void fallBack(RuntimeException e) {
        boolean first = System.nanoTime() - localUntil >= 0;
        localUntil = System.nanoTime() + config.rateLimit().fallbackPeriod().toNanos();
        shared.invalidateAll();
        metrics.counter("lumbung.rate_limit.local_fallback").increment();
        if (first) {
            LOG.warnf("Rate limits and login throttling use this node's memory for %s: the shared buckets in PostgreSQL "
                    + "cannot be reached (%s)", config.rateLimit().fallbackPeriod(), e.getMessage());
        }
    }

    /** Deletes buckets that have been full for a while (a full bucket is the same as none). */
    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        try {
            int removed;
            do {
                removed = store.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.warnf("Expired rate-limit buckets not removed this time (the next sweep tries again): %s", e.getMessage());
        }
    }
}
