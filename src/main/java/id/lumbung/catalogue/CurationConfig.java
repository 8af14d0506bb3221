package id.lumbung.catalogue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;

@ConfigMapping(prefix = "lumbung.curation")
public interface CurationConfig {

    /**
     * An entry whose running status was not confirmed for this long (or never) is stale: marked
     * {@code stale: true} in the API and listed by {@code GET /api/v1/innovations?stale=true} for follow-up.
     */
    @WithDefault("365d")
    Duration staleAfter();

    /** Confirmations before this date are stale today. */
    default LocalDate staleBefore(LocalDate today) {
        return today.minusDays(staleAfter().toDays());
    }
}
