package id.lumbung.catalogue;

import id.lumbung.access.Caller;
import id.lumbung.audit.AuditTrail;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.common.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The audit history of an innovation, deleted ones included, as its import-format fields changed. */
@ApplicationScoped
public class InnovationHistory {

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Revision> of(String slug, Caller caller) {
        Innovation current = Innovation.findBySlug(slug);
        List<Object> ids = current != null ? List.of(current.id) : audit.idsWhere(Innovation.class, "slug", slug);
        if (ids.isEmpty()) {
            throw ApiProblem.notFound("Innovation", slug);
        }
        // A slug freed by a deletion and taken again has two records; the newest is the one asked about.
        Object id = ids.stream().map(Long.class::cast).max(Long::compare).orElseThrow();
        FieldVisibility.Audience audience = FieldVisibility.audience(caller);
        return audit.history(Innovation.class, id, i -> InnovationViews.record(i, Map.of(), audience));
    }
}
