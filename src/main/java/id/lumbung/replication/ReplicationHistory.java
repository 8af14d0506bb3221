package id.lumbung.replication;

import id.lumbung.audit.AuditTrail;
import id.lumbung.audit.AuditTrail.Revision;
import id.lumbung.common.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit history of a replication's record, as its fields changed (its status steps are in the record itself). */
@ApplicationScoped
public class ReplicationHistory {

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Revision> of(long id) {
        List<Revision> revisions = audit.history(Replication.class, id, ReplicationHistory::snapshot);
        if (revisions.isEmpty()) {
            throw ApiProblem.notFound("Replication", Long.toString(id));
        }
        return revisions;
    }

    private static Map<String, Object> snapshot(Replication r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source_innovation_id", r.sourceInnovationId);
        fields.put("adopter_region_code", r.adopterRegionCode);
        fields.put("adopter_name", r.adopterName);
        fields.put("adopter_country", r.adopterCountry);
        fields.put("derived_innovation_id", r.derivedInnovationId);
        fields.put("learning_event_id", r.learningEventId);
        fields.put("status", r.status);
        fields.put("publication", r.publication);
        fields.put("status_since", r.statusSince);
        fields.put("year", r.year);
        fields.put("notes", r.notes);
        fields.put("adaptation", r.adaptation);
        fields.put("outcomes", r.outcomes);
        fields.put("evidence", r.evidence);
        fields.put("legal_basis", r.legalBasis);
        return fields;
    }
}
