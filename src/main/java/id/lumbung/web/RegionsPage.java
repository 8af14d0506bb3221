package id.lumbung.web;

import id.lumbung.region.Region;
import id.lumbung.region.RegionService;
import id.lumbung.region.RegionType;
import id.lumbung.region.RegionViews.RegionSummary;
import id.lumbung.replication.RegionActivity;
import id.lumbung.replication.RegionActivity.Counts;
import id.lumbung.replication.RegionActivity.Tier;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /daerah: every province with its kabupaten/kota and their figures, a search by name or alias (Kalbar), and
 * the map. A region's own page is /daerah/{code}.
 */
@Path("/daerah")
@Produces(MediaType.TEXT_HTML)
public class RegionsPage {

    private static final int MAX_MATCHES = 50;

    @Inject
    Visit visit;

    @Inject
    RegionService regions;

    @Inject
    RegionActivity activity;

    @Inject
    ProvinceMap map;

    public record Place(String code, String name, Counts counts) {
    }

    public record ProvinceEntry(Place province, List<Place> kabupatenKota) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regions(PageContext page, String q, List<RegionSummary> matches,
                List<ProvinceEntry> provinces, ProvinceMap.MapView map);
    }

    @GET
    @Transactional
    public Response index(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        List<RegionSummary> matches = query.isEmpty() ? List.of()
                : regions.list(null, null, query.length() > 100 ? query.substring(0, 100) : query, null, MAX_MATCHES).items();
        return visit.render(Templates.regions(visit.context(), query, matches, provinces(), map.innovations(visit.lang(), null)));
    }

    private List<ProvinceEntry> provinces() {
        Map<String, Counts> byProvince = activity.byRegion(Tier.PROVINCE);
        Map<String, Counts> byKabupatenKota = activity.byRegion(Tier.KABUPATEN_KOTA);
        Map<String, ProvinceEntry> entries = new LinkedHashMap<>();
        List<Region> all = Region.list("type in ?1", Sort.by("code"),
                List.of(RegionType.provinsi, RegionType.kabupaten, RegionType.kota));
        for (Region region : all) {
            if (region.type == RegionType.provinsi) {
                entries.put(region.code, new ProvinceEntry(place(region, byProvince), new ArrayList<>()));
            } else {
                ProvinceEntry province = entries.get(region.parentCode);
                if (province != null) {
                    province.kabupatenKota().add(place(region, byKabupatenKota));
                }
            }
        }
        return List.copyOf(entries.values());
    }

    private static Place place(Region region, Map<String, Counts> counts) {
        return new Place(region.code, region.displayName(), counts.getOrDefault(region.code, Counts.NONE));
    }
}
