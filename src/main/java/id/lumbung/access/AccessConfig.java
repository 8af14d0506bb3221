package id.lumbung.access;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "lumbung.access")
public interface AccessConfig {

    /**
     * Password of the user {@code admin} created on first start when no admin exists (environment:
     * LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD). Unset: no admin is created and no default password exists.
     */
    Optional<String> bootstrapAdminPassword();
}
