package id.lumbung.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Declares that the current transaction only reads. Hibernate then keeps no snapshots of what it loads and does not
 * flush before each query: a page that loads a few hundred entities and then runs more queries spent a third of its
 * time checking the loaded entities for changes it never made (decision 206).
 */
@ApplicationScoped
public class ReadOnlySession {

    @Inject
    Session session;

    /** Call first in a {@code @Transactional} method that writes nothing. */
    public void declare() {
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
