package id.lumbung.catalogue;

import id.lumbung.common.BackgroundExecutor;
import id.lumbung.common.BackgroundTask;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Brings PostgreSQL's statistics of the catalogue tables up to date after a large import, in the background once
 * the import has committed. Until the new rows are analysed the planner takes them for a handful, and a full
 * rebuild of the search index read every published innovation for each batch of a thousand: 11 s instead of 4
 * for 100 000, until autovacuum analysed the tables a minute or more later. Like autovacuum, it analyses once the
 * innovations written since the last analysis are a fifth of those it counted (decision 199): a bulk load in files
 * of 5 000 lines analysed after every file, a second each at a million rows.
 */
@ApplicationScoped
public class CatalogueStatistics {

    /** What an import has written, seen once its transaction has committed. */
    public record CatalogueImported(int innovationsWritten) {
    }

    /** Innovations imports must write for the tables to be analysed: fewer hardly move the planner's estimates. */
    static final int ANALYSE_AFTER = 1000;
    /** ... and this share of the rows the last analysis counted (autovacuum's default is a tenth of a table). */
    static final double GROWTH = 0.2;

    private static final Logger LOG = Logger.getLogger(CatalogueStatistics.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackgroundExecutor executor;

    /** One analysis at a time; an import that ends during one leaves its rows to the next import or to autovacuum. */
    private final BackgroundTask analyse = new BackgroundTask("analysing the catalogue tables", this::analyse);
    private final AtomicLong writtenSinceAnalysis = new AtomicLong();
    /** Innovations the last analysis on this node counted (none before the first). */
    private volatile long analysedRows;

    void onImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueImported imported) {
        long written = writtenSinceAnalysis.addAndGet(imported.innovationsWritten());
        if (written >= Math.max(ANALYSE_AFTER, GROWTH * analysedRows)) {
            analyse.request(executor);
        }
    }

    private void analyse() {
        long written = writtenSinceAnalysis.get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze innovation, innovation_theme");
            try (ResultSet rows = statement.executeQuery("select reltuples::bigint from pg_class where oid = 'innovation'::regclass")) {
                rows.next();
                analysedRows = rows.getLong(1);
            }
            writtenSinceAnalysis.addAndGet(-written);
        } catch (SQLException e) {
            LOG.warnf("Analysing the catalogue tables after an import failed (autovacuum will do it later): %s",
                    e.getMessage());
        }
    }
}
