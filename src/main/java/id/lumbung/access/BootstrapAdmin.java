package id.lumbung.access;

import id.lumbung.common.ApiProblem;
import id.lumbung.database.FirstStartWork;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates user {@code admin} on first start when LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD is set and no admin exists.
 * Without it there is no default password anywhere. Runs under the first-start lock ({@link FirstStartWork}), so of
 * several nodes starting together exactly one creates it.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @Inject
    UserService users;

    @Inject
    AccessConfig config;

    void onFirstStart(@Observes @Priority(Interceptor.Priority.APPLICATION) FirstStartWork work) {
        Optional<String> password = config.bootstrapAdminPassword().filter(p -> !p.isBlank());
        if (password.isEmpty() || users.anyAdmin()) {
            return;
        }
        try {
            users.create("admin", password.get(), Roles.ADMIN);
        } catch (ApiProblem rejected) {
            throw new IllegalStateException("LUMBUNG_BOOTSTRAP_ADMIN_PASSWORD is not acceptable: " + rejected.getDetail());
        }
        LOG.info("Created the bootstrap user 'admin'");
    }
}
