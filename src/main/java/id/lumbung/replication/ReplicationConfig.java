package id.lumbung.replication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "lumbung.replication")
public interface ReplicationConfig {

    /**
     * A replication short of {@code dilembagakan} whose latest step is older than this is listed as stalled
     * (GET /api/v1/replications/stalled), for program staff to follow up. Whole days count.
     */
    @WithDefault("180d")
    Duration stalledAfter();
}
