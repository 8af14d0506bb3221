package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Creates, lists, revokes and verifies API keys. A key reads {@code lmb_<prefix>_<secret>}. */
@ApplicationScoped
public class ApiKeyService {

    static final String KEY_START = "lmb_";
    private static final int PREFIX_LENGTH = 8;
    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Duration ORIGINS_TTL = Duration.ofSeconds(30);
    private static final java.util.regex.Pattern KEY_SHAPE = java.util.regex.Pattern.compile(
            "lmb_[" + PREFIX_ALPHABET + "]{" + PREFIX_LENGTH + "}_[A-Za-z0-9_-]{16,64}");

    private final SecureRandom random = new SecureRandom();
    private volatile Set<String> registeredOrigins;
    private volatile long originsReadAt;

    @Inject
    AccessConfig config;

    @Inject
    jakarta.enterprise.event.Event<Revoked> revoked;

    /** A key was revoked on this node (other nodes learn it within lumbung.access.api-keys.verified-for). */
    public record Revoked(long keyId) {
    }

    public record ApiKeyView(long id, String prefix, String name, String owner, List<String> allowedOrigins,
            int rateLimitPerMinute, String createdBy, OffsetDateTime createdAt, OffsetDateTime revokedAt,
            OffsetDateTime lastUsedAt, boolean active) {

        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(k.id, k.prefix, k.name, k.owner, List.copyOf(k.allowedOrigins), k.rateLimitPerMinute,
                    k.createdBy, k.createdAt, k.revokedAt, k.lastUsedAt, k.isActive());
        }
    }

    /** A new key: {@code key} is the secret, shown this once and never again. */
    public record CreatedKey(String key, ApiKeyView apiKey) {
    }

    @Transactional
    public CreatedKey create(ApiKeyInput input, Caller caller) {
        ApiKey key = new ApiKey();
        do {
            key.prefix = randomPrefix();
        } while (ApiKey.count("prefix", key.prefix) > 0);
        String secret = KEY_START + key.prefix + "_" + randomSecret();
        key.keyHash = sha256(secret);
        key.name = input.name().strip();
        key.owner = input.owner().strip();
        key.allowedOrigins = input.allowedOrigins() == null ? List.of() : List.copyOf(new TreeSet<>(input.allowedOrigins()));
        key.rateLimitPerMinute = input.rateLimitPerMinute() != null ? input.rateLimitPerMinute()
                : config.rateLimit().apiKeyDefaultPerMinute();
        key.createdBy = caller.username();
        key.createdAt = OffsetDateTime.now();
        key.persist();
        registeredOrigins = null;
        return new CreatedKey(secret, ApiKeyView.of(key));
    }

    public List<ApiKeyView> list() {
        return ApiKey.<ApiKey>listAll(Sort.by("id")).stream().map(ApiKeyView::of).toList();
    }

    /** Revokes a key; requests with it get 401 from then on. Revoking twice is harmless. */
    @Transactional
    public ApiKeyView revoke(long id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw ApiProblem.notFound("API key", Long.toString(id));
        }
        if (key.revokedAt == null) {
            key.revokedAt = OffsetDateTime.now();
        }
        registeredOrigins = null;
        revoked.fire(new Revoked(key.id));
        return ApiKeyView.of(key);
    }

    /**
     * The active key this secret belongs to, read from the database (the request path goes through {@link VerifiedKeys},
     * which caches this answer); comparison is constant-time.
     */
    @Transactional
    public Optional<ApiClient> lookup(String presented) {
        if (!wellFormed(presented)) {
            return Optional.empty();
        }
        String prefix = presented.substring(KEY_START.length(), KEY_START.length() + PREFIX_LENGTH);
        ApiKey key = ApiKey.<ApiKey>find("prefix", prefix).firstResult();
        if (key == null || !key.isActive() || !MessageDigest.isEqual(
                key.keyHash.getBytes(StandardCharsets.US_ASCII), sha256(presented).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new ApiClient(key.id, key.prefix, key.name, Set.copyOf(key.allowedOrigins), key.rateLimitPerMinute));
    }

    /** Whether a presented key has the shape this service issues (so nothing else reaches the database). */
    static boolean wellFormed(String presented) {
        return presented != null && presented.length() <= 100 && KEY_SHAPE.matcher(presented).matches();
    }

    /**
     * Origins registered on active keys, plus the configured ones: the origins CORS allows. Null when the
     * cached set is older than 30 s (or a key changed); then {@link #refreshOrigins()} reads it again.
     */
    public Set<String> cachedOrigins() {
        Set<String> origins = registeredOrigins;
        return origins == null || System.nanoTime() - originsReadAt > ORIGINS_TTL.toNanos() ? null : origins;
    }

    /** Reads the allowed origins from the database (blocking: call it off the event loop). */
    public Set<String> refreshOrigins() {
        Set<String> origins = QuarkusTransaction.requiringNew().call(() -> {
            Set<String> all = new TreeSet<>(config.cors().origins().orElse(List.of()));
            ApiKey.<ApiKey>list("revokedAt is null").forEach(k -> all.addAll(k.allowedOrigins));
            return Set.copyOf(all);
        });
        registeredOrigins = origins;
        originsReadAt = System.nanoTime();
        return origins;
    }

    private String randomPrefix() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(random.nextInt(PREFIX_ALPHABET.length())));
        }
        return prefix.toString();
    }

    private String randomSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
