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

    Session session();

    ApiKeys apiKeys();

    Cors cors();

    interface RateLimit {

        /** Requests per minute from one client IP without an API key (signed-in staff are not limited). */
        @WithDefault("120")
        int anonymousPerMinute();

        /** Requests per minute of a new API key when its creator gives no limit. */
        @WithDefault("600")
        int apiKeyDefaultPerMinute();

        /**
         * Requests per minute from one client IP to the search page {@code /cari} (generous: a Bappeda office shares one
         * address among its staff).
         */
        @WithDefault("600")
        int searchPagePerMinute();

        /**
         * Share of a limit a node may spend before it synchronises the bucket with PostgreSQL; with N nodes a client
         * can exceed its limit by at most N times this share.
         */
        @WithDefault("0.05")
        double maxUnsynchronizedShare();

        /** Longest time a node keeps unsynchronised tokens before it writes them to PostgreSQL. */
        @WithDefault("1s")
        Duration syncInterval();

        /** After PostgreSQL failed to answer, how long the buckets of this node's memory are used before it is tried again. */
        @WithDefault("10s")
        Duration fallbackPeriod();
    }

    interface Login {

        /**
         * Sign-in attempts a user name has in hand: each attempt takes one before the password is checked, a successful
         * sign-in gives them all back.
         */
        @WithDefault("5")
        int maxFailures();

        /** The time in which spent attempts all come back (one every lockout / max-failures). */
        @WithDefault("15m")
        Duration lockout();

        /**
         * How long a node remembers that a password matched an account's current hash, so that the next request with it
         * costs no bcrypt (a changed password or a disabled account takes effect at once all the same).
         */
        @WithDefault("10m")
        Duration verifiedPasswordKeptFor();
    }

    interface Session {

        /** A staff session not used for this long ends (its use moves the end forward). */
        @WithDefault("8h")
        Duration idleTimeout();

        /** A staff session ends this long after sign-in, however much it is used. */
        @WithDefault("7d")
        Duration absoluteTimeout();
    }

    interface ApiKeys {

        /**
         * How long a node trusts a key it verified before it reads the key again: a revoked key stops working on every
         * node within this time.
         */
        @WithDefault("15s")
        Duration verifiedFor();

        /**
         * While PostgreSQL cannot be reached, how long a node keeps answering keys it verified before the outage (a key
         * it has never seen gets 503).
         */
        @WithDefault("1h")
        Duration keptDuringOutage();

        /** How often the last use of keys is written to PostgreSQL (in one statement, off the request path). */
        @WithDefault("30s")
        Duration lastUsedFlushInterval();
    }

    interface Cors {

        /** Origins allowed besides those registered on API keys, e.g. the organisation's own sites. */
        Optional<List<String>> origins();
    }
}
