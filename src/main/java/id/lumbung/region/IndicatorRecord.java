package id.lumbung.region;

import java.math.BigDecimal;

/** One line of region_stats.jsonl: a poverty indicator value of a region (no code: Indonesia) and period. */
public record IndicatorRecord(String regionName, String regionCode, String provinceName, String indicator,
        BigDecimal value, String period, String sourceUrl) {
}
