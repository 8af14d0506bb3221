package id.lumbung.region;

import id.lumbung.audit.AuditTrail;
import id.lumbung.audit.AuditTrail.Revision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit history of a region: the region row itself, its aliases and its indicator values, each change
 * labelled with the record it touched, oldest first.
 */
@ApplicationScoped
public class RegionHistory {

    @Inject
    AuditTrail audit;

    @Inject
    RegionService regions;

    /** One revision of one of the region's records, e.g. {@code record} "alias Kukar". */
    public record RegionRevision(String record, Revision revision) {
    }

    @Transactional
    public List<RegionRevision> of(String code) {
        regions.require(code);
        List<RegionRevision> all = new ArrayList<>();
        audit.history(Region.class, code, RegionHistory::snapshot).forEach(r -> all.add(new RegionRevision("region", r)));
        for (Object id : audit.idsWhere(RegionAlias.class, "regionCode", code)) {
            audit.history(RegionAlias.class, id, RegionHistory::snapshot)
                    .forEach(r -> all.add(new RegionRevision("alias " + id, r)));
        }
        for (Object id : audit.idsWhere(RegionIndicator.class, "regionCode", code)) {
            audit.history(RegionIndicator.class, id, RegionHistory::snapshot)
                    .forEach(r -> all.add(new RegionRevision("indicator " + id, r)));
        }
        all.sort(Comparator.comparingLong((RegionRevision r) -> r.revision().revision()).thenComparing(RegionRevision::record));
        return all;
    }

    private static Map<String, Object> snapshot(Region r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", r.name);
        fields.put("type", r.type);
        fields.put("parent_code", r.parentCode);
        return fields;
    }

    private static Map<String, Object> snapshot(RegionAlias a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("alias", a.alias);
        fields.put("kind", a.kind);
        return fields;
    }

    private static Map<String, Object> snapshot(RegionIndicator i) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("indicator", i.indicator);
        fields.put("period", i.period);
        fields.put("value", i.value);
        fields.put("source", i.source);
        return fields;
    }
}
