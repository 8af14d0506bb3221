package id.lumbung.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Declares that the current transaction only reads. Hibernate then keeps no snapshots of what it loads and does not
 * flush before each query: a page that loads a few hundred entities and then runs more queries spent a quarter of its
 * CPU checking the loaded entities for changes it never made (decision 206). Manual flushing also means that a change
 * made in such a transaction is never written, silently: declare it only where nothing writes, the services it calls
 * included.
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
