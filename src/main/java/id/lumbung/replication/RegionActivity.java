package id.lumbung.replication;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import id.lumbung.common.BackgroundExecutor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How active each region is, counted over what the public sees (the figures are public): published innovations it
 * runs and public replications it adopted, each including the regions below it. One grouped query per figure, a pass
 * over the whole catalogue; so the counts of a tier are kept and counted again in the background once they are
 * {@link #FRESH_FOR} old (the map and the region lists may lag a write by that long), never served older than
 * {@link #KEPT_FOR} (decision 193).
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

    /** Counts this old are served while they are counted again in the background. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** Counts this old are counted again before answering. */
    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    @Inject
    EntityManager em;

    @Inject
    BackgroundExecutor background;

    private LoadingCache<Tier, Map<String, Counts>> counted;

    @PostConstruct
    void init() {
        counted = Caffeine.newBuilder().refreshAfterWrite(FRESH_FOR).expireAfterWrite(KEPT_FOR).executor(background)
                .build(tier -> QuarkusTransaction.requiringNew().call(() -> count(tier)));
    }

    /** Counts per region code of the tier (kept as the class says); regions without any are absent. */
    public Map<String, Counts> byRegion(Tier tier) {
        return counted.get(tier);
    }

    private Map<String, Counts> count(Tier tier) {
        Map<String, Long> innovations = grouped("select substring(i.region_code, 1, :len), count(*) from innovation i"
                + " where i.status = 'published' and length(i.region_code) >= :len group by 1", tier);
        Map<String, Long> replications = grouped("select substring(r.adopter_region_code, 1, :len), count(*) from "
                + ReplicationVisibility.PUBLIC_VIEW + " r where length(r.adopter_region_code) >= :len group by 1", tier);
        Map<String, Counts> counts = new HashMap<>();
        innovations.forEach((code, n) -> counts.put(code, new Counts(n, 0)));
        replications.forEach((code, n) -> counts.merge(code, new Counts(0, n),
                (a, b) -> new Counts(a.innovations(), b.replications())));
        return Map.copyOf(counts);
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
