package id.lumbung.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Stamps a revision with the signed-in user; changes outside a request (start-up loading) are "system". */
public class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).username = currentUser();
    }

    private static String currentUser() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<SecurityIdentity> identity = Arc.container().instance(SecurityIdentity.class)) {
            SecurityIdentity current = identity.get();
            return current == null || current.isAnonymous() ? SYSTEM : current.getPrincipal().getName();
        }
    }
}
