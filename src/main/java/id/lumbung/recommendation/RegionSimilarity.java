package id.lumbung.recommendation;

import id.lumbung.region.Region;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Similar regions: at least two of same type, same province, nearby poverty rate. Caches the regions it reads. */
final class RegionSimilarity {

    /** Two regions' poverty rates this close (percentage points) count as nearby indicator values. */
    static final double NEAR_POVERTY_POINTS = 2.0;

    private final Region region;
    private final Map<String, BigDecimal> poverty;
    private final Map<String, Region> regions = new HashMap<>();

    RegionSimilarity(Region region, Map<String, BigDecimal> poverty) {
        this.region = region;
        this.poverty = poverty;
    }

    Region region(String code) {
        return regions.computeIfAbsent(code, c -> Region.findById(c));
    }

    /** Reads the given regions in one query instead of one each. */
    void preload(List<String> codes) {
        if (!codes.isEmpty()) {
            Region.<Region>list("code in ?1", new HashSet<>(codes)).forEach(r -> regions.put(r.code, r));
        }
    }

    boolean isSimilar(Region other) {
        if (other.code.equals(region.code)) {
            return false;
        }
        int points = 0;
        if (other.type == region.type) {
            points++;
        }
        if (other.code.substring(0, 2).equals(region.code.substring(0, 2))) {
            points++;
        }
        BigDecimal mine = poverty.get(region.code);
        BigDecimal theirs = poverty.get(other.code);
        if (mine != null && theirs != null && mine.subtract(theirs).abs().doubleValue() <= NEAR_POVERTY_POINTS) {
            points++;
        }
        return points >= 2;
    }
}
