package id.lumbung.region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the region API. */
public final class RegionViews {

    private RegionViews() {
    }

    public record RegionSummary(String code, String name, String displayName, RegionType type, String parentCode) {
        public static RegionSummary of(Region region) {
            return new RegionSummary(region.code, region.name, region.displayName(), region.type, region.parentCode);
        }
    }

    public record AliasView(String alias, RegionAlias.Kind kind) {
    }

    public record IndicatorView(String indicator, String period, BigDecimal value, String source) {
        public static IndicatorView of(RegionIndicator indicator) {
            return new IndicatorView(indicator.indicator, indicator.period, indicator.value, indicator.source);
        }
    }

    public record RegionDetail(String code, String name, String displayName, RegionType type, String parentCode,
            List<RegionSummary> ancestors, List<RegionSummary> children, long childCount, List<AliasView> aliases,
            List<IndicatorView> indicators, AreaDataSource source) {
    }

    public record RegionList(List<RegionSummary> items, long total, String nextCursor,
            Map<RegionType, Long> countsByType, AreaDataSource source) {
    }

    /** Where the region codes come from; the ODbL asks that this attribution travel with the data. */
    public record AreaDataSource(String name, String version, String license, String attribution, String url) {
        public static final AreaDataSource IDN_AREA_DATA = new AreaDataSource("idn-area-data", "4.0.1", "ODbL-1.0",
                "Kode dan nama wilayah dari idn-area-data 4.0.1 (Kemendagri), © kontributor idn-area-data, "
                        + "dilisensikan di bawah Open Database License (ODbL) 1.0",
                "https://github.com/fityannugroho/idn-area-data");
    }
}
