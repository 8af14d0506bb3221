package id.lumbung.catalogue;

import id.lumbung.audit.AuditRevision;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * Writes an import's new innovations in JDBC batches (decision 196): the rows Hibernate and Envers would write for
 * them, without their per-entity work (state snapshots, action queue, dirty checks, Envers work units). Every value
 * is bound with the attribute's own Hibernate mapping (enums, dates, JSON columns as Hibernate formats them), ids
 * come from the entity's id generator, and the audit rows go into the transaction's Envers revision, copied from
 * the rows just written, so the history of a bulk-created entry is the one Envers would have recorded. The
 * outbox triggers fire as for any insert.
 */
final class InnovationBulkInsert {

    /** Columns of the row that are not audited: {@code VersionedEntity} is no audited class (V8). */
    private static final Set<String> NOT_AUDITED = Set.of("createdAt", "updatedAt", "version");
    private static final int BATCH = 500;

    private record Column(String name, String attribute, JdbcMapping mapping) {
    }

    private final SharedSessionContractImplementor session;
    private final EntityPersister persister;
    private final List<Column> columns = new ArrayList<>();

    InnovationBulkInsert(Session session) {
        this.session = session.unwrap(SharedSessionContractImplementor.class);
        this.persister = this.session.getEntityPersister(Innovation.class.getName(), new Innovation());
        persister.forEachAttributeMapping(attribute -> {
            if (attribute instanceof BasicValuedModelPart basic) {
                columns.add(new Column(basic.getSelectionExpression(), attribute.getAttributeName(), basic.getJdbcMapping()));
            }
        });
    }

    /** Inserts the new innovations (assembled, never persisted) with their themes and audit rows. */
    void insert(List<Innovation> innovations) {
        if (innovations.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        IdentifierGenerator ids = (IdentifierGenerator) persister.getGenerator();
        for (Innovation innovation : innovations) {
            innovation.id = (Long) ids.generate(session, innovation);
            innovation.createdAt = now;
            innovation.updatedAt = now;
            innovation.version = 0;
        }
        // The revision Envers binds every other change of this transaction to (created now if there is none yet).
        long revision = AuditReaderFactory.get((Session) session).getCurrentRevision(AuditRevision.class, true).id;
        session.doWork(connection -> {
            try (PreparedStatement rows = connection.prepareStatement(insertRows());
                    PreparedStatement themes = connection.prepareStatement(
                            "insert into innovation_theme (innovation_id, theme_code) values (?, ?)")) {
                int batched = 0;
                for (Innovation innovation : innovations) {
                    bind(rows, innovation);
                    rows.addBatch();
                    for (String theme : innovation.themes) {
                        themes.setLong(1, innovation.id);
                        themes.setString(2, theme);
                        themes.addBatch();
                    }
                    if (++batched % BATCH == 0) {
                        rows.executeBatch();
                        themes.executeBatch();
                    }
                }
                rows.executeBatch();
                themes.executeBatch();
            }
            Array created = connection.createArrayOf("bigint", innovations.stream().map(i -> i.id).toArray());
            try (PreparedStatement audit = connection.prepareStatement(insertAuditRows());
                    PreparedStatement themeAudit = connection.prepareStatement("""
                            insert into innovation_theme_audit (rev, revtype, innovation_id, theme_code)
                            select ?, 0, innovation_id, theme_code from innovation_theme where innovation_id = any (?)""")) {
                for (PreparedStatement statement : List.of(audit, themeAudit)) {
                    statement.setLong(1, revision);
                    statement.setArray(2, created);
                    statement.executeUpdate();
                }
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void bind(PreparedStatement statement, Innovation innovation) throws java.sql.SQLException {
        statement.setLong(1, innovation.id);
        int index = 2;
        for (Column column : columns) {
            Object value = persister.getPropertyValue(innovation, column.attribute());
            Object jdbcValue = column.mapping().convertToRelationalValue(value);
            ((ValueBinder) column.mapping().getJdbcValueBinder()).bind(statement, jdbcValue, index++, session);
        }
    }

    private String insertRows() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String parameters = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return "insert into innovation (" + persister.getIdentifierPropertyName() + ", " + names + ") values (?, "
                + parameters + ")";
    }

    /** The audit row of each innovation (revision type 0: added), copied from the row just inserted. */
    private String insertAuditRows() {
        String audited = columns.stream().filter(c -> !NOT_AUDITED.contains(c.attribute())).map(Column::name)
                .collect(Collectors.joining(", "));
        return "insert into innovation_audit (id, rev, revtype, " + audited + ") select id, ?, 0, " + audited
                + " from innovation where id = any (?)";
    }
}
