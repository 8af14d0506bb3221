package id.lumbung.access;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/** The API key a request was authenticated with, as carried on its identity. */
public record ApiClient(long keyId, String prefix, String name, Set<String> allowedOrigins, int rateLimitPerMinute) {

    static final String ATTRIBUTE = "lumbung.api-client";

    /** The key of the request, or null when it was not made with one. */
    public static ApiClient of(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(ATTRIBUTE);
    }
}
