package id.lumbung.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.common.runtime.JpaIdentityProviderUtil;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A password check (HTTP Basic and the sign-in form) in front of quarkus-security-jpa's: the account is read from
 * PostgreSQL on every request, as before, but a password this node has already verified against the account's current
 * bcrypt hash is not hashed again (decision 207). An import of many files signed in with Basic spent a tenth of the
 * service's CPU in bcrypt. What is remembered is a salted SHA-256 of the hash and the password together, never the
 * password: a changed password has a new hash and a disabled account is not found, so both take effect at once on every
 * node. A password not verified before, or a wrong one, goes to quarkus-security-jpa unchanged.
 */
@ApplicationScoped
public class VerifiedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final int REMEMBERED = 1_000;
    /** Password checks by outcome: {@code remembered} (no bcrypt) or {@code hashed} (quarkus-security-jpa's check). */
    static final String CHECKS = "lumbung.access.password.checks";

    @Inject
    JpaIdentityProvider library;

    @Inject
    AccessConfig config;

    @Inject
    MeterRegistry metrics;

    /** This process's salt: the remembered digests mean nothing to another process. */
    private final byte[] salt = new byte[32];
    private Cache<String, Boolean> verified;

    @PostConstruct
    void init() {
        new SecureRandom().nextBytes(salt);
        verified = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(config.login().verifiedPasswordKeptFor())
                .build();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Asked before quarkus-security-jpa's provider, which has the default priority (a higher one is asked first) and is
     * then asked only through this one.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String[] digest = new String[1];
        return context.runBlocking(() -> {
            StaffCredential account = account(request.getUsername());
            if (account == null) {
                throw new AuthenticationFailedException();
            }
            digest[0] = digest(account.passwordHash, request.getPassword().getPassword());
            if (verified.getIfPresent(digest[0]) == null) {
                return null;
            }
            metrics.counter(CHECKS, "outcome", "remembered").increment();
            return identity(account, request);
        }).flatMap(remembered -> {
            if (remembered != null) {
                return Uni.createFrom().item(remembered);
            }
            metrics.counter(CHECKS, "outcome", "hashed").increment();
            return library.authenticate(request, context).invoke(identity -> verified.put(digest[0], Boolean.TRUE));
        });
    }

    /** The account that may sign in with this name, or null. */
    @ActivateRequestContext
    StaffCredential account(String username) {
        return StaffCredential.find("username", username).firstResult();
    }

    /** The identity quarkus-security-jpa builds for the account. */
    private static SecurityIdentity identity(StaffCredential account, UsernamePasswordAuthenticationRequest request) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername())).addCredential(request.getPassword());
        JpaIdentityProviderUtil.addRoles(identity, account.role);
        return identity.build();
    }

    private String digest(String hash, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(hash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            sha.update(bytes);
            Arrays.fill(bytes.array(), (byte) 0);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
