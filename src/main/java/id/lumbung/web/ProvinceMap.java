package id.lumbung.web;

import id.lumbung.region.Region;
import id.lumbung.region.RegionType;
import id.lumbung.replication.RegionActivity;
import id.lumbung.replication.RegionActivity.Counts;
import id.lumbung.replication.RegionActivity.Tier;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The map of innovations or replications per province with the table of the same figures beside it. */
@ApplicationScoped
public class ProvinceMap {

    @Inject
    RegionActivity activity;

    public record Row(String code, String name, long innovations, long replications, boolean current) {
    }

    /** The SVG, what it shows (its heading), and the rows of its table. */
    public record MapView(String svg, String title, List<Row> rows) {
    }

    /** Shaded by innovations from each province; {@code current} is outlined (a region page's province). */
    public MapView innovations(String lang, String current) {
        BrowseText text = text(lang);
        return view(text.map_innovations(), current, false, lang);
    }

    /** Shaded by replications adopted in each province. */
    public MapView replications(String lang, String current) {
        BrowseText text = text(lang);
        return view(text.map_replications(), current, true, lang);
    }

    private MapView view(String title, String current, boolean byReplications, String lang) {
        BrowseText text = text(lang);
        Map<String, Counts> counts = activity.byRegion(Tier.PROVINCE);
        List<Row> rows = Region.<Region>list("type", Sort.by("code"), RegionType.provinsi).stream()
                .map(p -> {
                    Counts c = counts.getOrDefault(p.code, Counts.NONE);
                    return new Row(p.code, p.displayName(), c.innovations(), c.replications(), p.code.equals(current));
                }).toList();
        Map<String, TileMap.Figure> figures = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Row row : rows) {
            figures.put(row.code(), new TileMap.Figure(row.name(), byReplications ? row.replications() : row.innovations()));
            labels.put(row.code(), text.map_tile(row.name(), row.innovations(), row.replications()));
        }
        String svg = TileMap.shaded(title, figures, current, code -> labels.getOrDefault(code, code));
        return new MapView(svg, title, rows);
    }

    static BrowseText text(String lang) {
        return MessageBundles.get(BrowseText.class, Localized.Literal.of(lang));
    }
}
