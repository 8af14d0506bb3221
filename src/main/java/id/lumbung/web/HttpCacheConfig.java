package id.lumbung.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "lumbung.http-cache")
public interface HttpCacheConfig {

    /**
     * How long shared caches (a CDN, the operator's proxy) and browsers may reuse an anonymous API answer without asking
     * again, and an API key's client its own answers; after that they revalidate with the ETag. Zero: revalidate every
     * time.
     */
    @WithDefault("60s")
    Duration maxAge();
}
