package id.lumbung.web;

import id.lumbung.region.Region;
import id.lumbung.replication.ReplicationStatus;
import id.lumbung.replication.ReplicationViews.ReplicationView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Where an innovation's replications went: arrows on the province map and the table of adopters beside it. */
final class ReplicationFlows {

    /** One adopter; {@code province} is null for adopters outside Indonesia's regions (a ministry, another country). */
    public record Row(String adopter, String province, ReplicationStatus status) {
    }

    public record FlowView(String svg, List<Row> rows) {
    }

    private ReplicationFlows() {
    }

    static FlowView of(String sourceRegionCode, List<ReplicationView> replications, String lang) {
        BrowseText text = ProvinceMap.text(lang);
        Map<String, Long> byProvince = new TreeMap<>();
        Map<String, String> provinceNames = new HashMap<>();
        Region.<Region>list("type = ?1", id.lumbung.region.RegionType.provinsi)
                .forEach(p -> provinceNames.put(p.code, p.displayName()));
        List<Row> rows = replications.stream().map(r -> {
            String code = r.adopter().regionCode();
            String province = code == null ? null : code.substring(0, 2);
            if (province != null) {
                byProvince.merge(province, 1L, Long::sum);
            }
            String name = r.adopter().name() == null ? code : r.adopter().name();
            return new Row(name, province == null ? null : provinceNames.get(province), r.status());
        }).toList();
        String source = sourceRegionCode == null ? null : sourceRegionCode.substring(0, 2);
        String svg = TileMap.flows(text.map_flows(), source, byProvince, code -> text.map_flow_tile(
                provinceNames.getOrDefault(code, code), byProvince.getOrDefault(code, 0L), code.equals(source)));
        return new FlowView(svg, rows);
    }
}
