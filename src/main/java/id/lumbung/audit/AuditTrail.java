package id.lumbung.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the Envers history of one record as a list of revisions with field-level changes. Each revision's
 * snapshot is rendered as its API shape (by the caller's function), so the diff names the JSON fields.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** One changed field; a created record lists every field it was created with. */
    public record Change(String field, JsonNode from, JsonNode to) {
    }

    public record Revision(long revision, Instant at, String by, String action, List<Change> changes) {
    }

    /** The revisions of the record with this id, oldest first. */
    public <T> List<Revision> history(Class<T> type, Object id, Function<T, Object> snapshot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<Revision> revisions = new ArrayList<>();
        ObjectNode previous = mapper.createObjectNode();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            ObjectNode current = kind == RevisionType.DEL && entity == null ? mapper.createObjectNode()
                    : mapper.valueToTree(snapshot.apply(entity));
            List<Change> changes = kind == RevisionType.DEL ? List.of() : diff(previous, current);
            revisions.add(new Revision(revision.id, Instant.ofEpochMilli(revision.atMillis), revision.username,
                    action(kind), changes));
            previous = current;
        }
        return revisions;
    }

    /** Ids ever stored under a value of a property (e.g. a slug), deleted records included. */
    public List<Object> idsWhere(Class<?> type, String property, Object value) {
        @SuppressWarnings("unchecked")
        List<Object> ids = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.property(property).eq(value)).addProjection(AuditEntity.id().distinct()).getResultList();
        return ids;
    }

    private static String action(RevisionType kind) {
        return switch (kind) {
            case ADD -> "created";
            case MOD -> "updated";
            case DEL -> "deleted";
        };
    }

    private static List<Change> diff(ObjectNode before, ObjectNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (Iterator<String> names = after.fieldNames(); names.hasNext();) {
            fields.add(names.next());
        }
        for (Iterator<String> names = before.fieldNames(); names.hasNext();) {
            fields.add(names.next());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode from = before.has(field) ? before.get(field) : NullNode.getInstance();
            JsonNode to = after.has(field) ? after.get(field) : NullNode.getInstance();
            if (!from.equals(to) && !(isEmpty(from) && isEmpty(to))) {
                changes.add(new Change(field, from, to));
            }
        }
        return changes;
    }

    private static boolean isEmpty(JsonNode node) {
        return node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty());
    }
}
