package id.lumbung.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.common.runtime.JpaIdentityProviderUtil;
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
 * HTTP Basic and the sign-in form's password check, with quarkus-security-jpa's own checks (its
 * {@link JpaIdentityProviderUtil}), asked before its provider. The account is read from PostgreSQL on every request, as
 * before, but a password this node has already verified against the account's current bcrypt hash is not hashed again
 * (decision 207): a script that calls the API in a loop paid a bcrypt per request. What is remembered is a salted
 * SHA-256 of the hash and the password together, never the password: a changed password has a new hash and a disabled
 * account is not found, so both take effect at once on every node. An unknown name costs a bcrypt all the same, so the
 * answer's time does not tell which accounts exist.
 */
@ApplicationScoped
public class VerifiedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final int REMEMBERED = 1_000;
    /** Password checks by outcome: {@code remembered} (no bcrypt) or {@code hashed}. */
    static final String CHECKS = "lumbung.access.password.checks";

    @Inject
    AccessConfig config;

    @Inject
    MeterRegistry metrics;

    /** This process's salt: the remembered digests mean nothing to another process. */
    private final byte[] salt = new byte[32];
    private Cache<String, Boolean> verified;
    private Counter remembered;
    private Counter hashed;

    @PostConstruct
    void init() {
        new SecureRandom().nextBytes(salt);
        remembered = checks("remembered");
        hashed = checks("hashed");
        verified = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(config.login().verifiedPasswordKeptFor())
                .build();
    }

    private Counter checks(String outcome) {
        return Counter.builder(CHECKS).tag("outcome", outcome)
                .description("Password checks of HTTP Basic and the sign-in form: remembered (no bcrypt) or hashed (bcrypt)").register(metrics);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Asked before quarkus-security-jpa's provider, which has the default priority (a higher one is asked first); this one
     * always answers, so that one is not asked.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request));
    }

    /** The identity quarkus-security-jpa would give, or {@link AuthenticationFailedException}. */
    private SecurityIdentity check(UsernamePasswordAuthenticationRequest request) {
        StaffCredential account = account(request.getUsername());
        if (account == null) {
            hashed.increment();
            JpaIdentityProviderUtil.passwordAction(PasswordType.MCF);
            throw new AuthenticationFailedException();
        }
        // The digest binds the password to the hash it is checked against here, read in this request.
        String digest = digest(account.passwordHash, request.getPassword().getPassword());
        QuarkusSecurityIdentity.Builder identity;
        if (verified.getIfPresent(digest) != null) {
            remembered.increment();
            identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(request.getUsername()))
                    .addCredential(request.getPassword());
        } else {
            hashed.increment();
            identity = JpaIdentityProviderUtil.checkPassword(JpaIdentityProviderUtil.getMcfPassword(account.passwordHash), request);
            verified.put(digest, Boolean.TRUE);
        }
        JpaIdentityProviderUtil.addRoles(identity, account.role);
        return identity.build();
    }

    /** The account that may sign in with this name, or null. */
    @ActivateRequestContext
    StaffCredential account(String username) {
        return StaffCredential.find("username", username).firstResult();
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
