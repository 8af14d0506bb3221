package id.lumbung.replication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How active each region is, counted over what the public sees (the figures are public): published innovations it
 * runs and public replications it adopted, each including the regions below it. One grouped query per figure.
 */
@ApplicationScoped
public class RegionActivity {

    /** Province codes are two characters (61), kabupaten/kota codes five (61.04). */
    public enum Tier {
        PROVINCE(2), KABUPATEN_KOTA(5);

        final int codeLength;

        Tier(int codeLength) {
            this.codeLength = codeLength;
        }
    }

    public record Counts(long innovations, long replications) {
        public static final Counts NONE = new Counts(0, 0);
    }

    @Inject
    EntityManager em;

    /** Counts per region code of the tier; regions without any are absent. */
    public Map<String, Counts> byRegion(Tier tier) {
        Map<String, Long> innovations = grouped("select substring(i.region_code, 1, :len), count(*) from innovation i"
                + " where i.status = 'published' and length(i.region_code) >= :len group by 1", tier);
        Map<String, Long> replications = grouped("select substring(r.adopter_region_code, 1, :len), count(*) from "
                + ReplicationVisibility.PUBLIC_VIEW + " r where length(r.adopter_region_code) >= :len group by 1", tier);
        Map<String, Counts> counts = new HashMap<>();
        innovations.forEach((code, n) -> counts.put(code, new Counts(n, 0)));
        replications.forEach((code, n) -> counts.merge(code, new Counts(0, n),
                (a, b) -> new Counts(a.innovations(), b.replications())));
        return counts;
    }

    private Map<String, Long> grouped(String sql, Tier tier) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("len", tier.codeLength).getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
