package id.lumbung.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "lumbung.access")
public interface AccessConfig {

    /**
     * Password of the user {@code admin} created on first start when no admin exists (environment:
     * LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD). Unset: no admin is created and no default password exists.
     */
    Optional<String> bootstrapAdminPassword();

    RateLimit rateLimit();

    Login login();

    Cors cors();

    interface RateLimit {

        /** Requests per minute from one client IP without an API key (signed-in staff are not limited). */
        @WithDefault("120")
        int anonymousPerMinute();

        /** Requests per minute of a new API key when its creator gives no limit. */
        @WithDefault("600")
        int apiKeyDefaultPerMinute();
    }

    interface Login {

        /** Failed sign-ins in a row (per user name) after which the name is locked for {@link #lockout()}. */
        @WithDefault("5")
        int maxFailures();

        /** How long a locked user name gets 429 instead of a password check. */
        @WithDefault("15m")
        Duration lockout();
    }

    interface Cors {

        /** Origins allowed besides those registered on API keys, e.g. the organisation's own sites. */
        Optional<List<String>> origins();
    }
}
