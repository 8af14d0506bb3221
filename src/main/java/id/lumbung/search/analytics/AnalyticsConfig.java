package id.lumbung.search.analytics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Search analytics for curators (docs/configuration.md). */
@ConfigMapping(prefix = "lumbung.search.analytics")
public interface AnalyticsConfig {

    /** Whether searches and result clicks are counted at all. */
    @WithDefault("true")
    boolean enabled();

    /** How often the counts kept in memory are added to PostgreSQL (read by the scheduler as a property). */
    @WithDefault("30s")
    Duration flushInterval();

    /** Weeks of counts kept; older weeks are deleted. */
    @WithDefault("104")
    int retentionWeeks();
}
