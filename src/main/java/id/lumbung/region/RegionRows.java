package id.lumbung.region;

import id.lumbung.common.JdbcRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk reads of regions over plain JDBC for readers that take thousands of rows at once (a rebuild's batches, the
 * search vocabulary): entities and their change tracking cost more than the reading. Read-only; what a region is
 * called stays {@link Region}'s rule.
 */
public final class RegionRows {

    /** A region that people name in queries, with every normalized written form of its name. */
    public record Named(Region region, List<String> normalizedNames) {
    }

    /** An abbreviation or common name of a region ("Kukar"), and the region's name without its tier word. */
    public record Abbreviation(String alias, String shortName) {
    }

    private static final String BY_CODES = "select code, name, type, parent_code from region where code = any(?)";

    /** Abbreviations and other names of regions; written variants ("Kab. Kukar") add no word to match. */
    private static final String ALIASES = """
            select region_code, alias from region_alias where region_code = any(?) and kind <> 'varian' order by id
            """;

    /** Provinces and kabupaten/kota with every written form of their names; provinces first. */
    private static final String NAMED = """
            select r.code, r.name, r.type, r.parent_code, a.normalized
              from region r left join region_alias a on a.region_code = r.code
             where r.type in ('provinsi', 'kabupaten', 'kota')
             order by r.type = 'provinsi' desc, r.code, a.id
            """;

    private static final String ABBREVIATIONS = """
            select distinct a.alias, r.name, r.type, r.code from region_alias a join region r on r.code = a.region_code
             where a.kind in ('singkatan', 'sebutan') and r.type in ('provinsi', 'kabupaten', 'kota')
            """;

    private RegionRows() {
    }

    /** The regions with the given codes, by code. */
    public static Map<String, Region> byCodes(Connection connection, Collection<String> codes) throws SQLException {
        Map<String, Region> regions = new HashMap<>();
        JdbcRows.forEach(connection, BY_CODES, JdbcRows.array("varchar", codes), rs -> {
            Region region = region(rs);
            regions.put(region.code, region);
        });
        return regions;
    }

    /** The abbreviations and other names (not the written variants) of the given regions, by code, in order. */
    public static Map<String, List<String>> aliases(Connection connection, Collection<String> codes)
            throws SQLException {
        Map<String, List<String>> byCode = new HashMap<>();
        JdbcRows.forEach(connection, ALIASES, JdbcRows.array("varchar", codes),
                rs -> byCode.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return byCode;
    }

    /** Every province, kabupaten and kota with the normalized forms of its names; provinces first. */
    public static List<Named> named(Connection connection) throws SQLException {
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, List<String>> names = new HashMap<>();
        JdbcRows.forEach(connection, NAMED, JdbcRows.Parameters.NONE, rs -> {
            String code = rs.getString(1);
            if (!regions.containsKey(code)) {
                regions.put(code, region(rs));
                names.put(code, new ArrayList<>());
            }
            if (rs.getString(5) != null) {
                names.get(code).add(rs.getString(5));
            }
        });
        return regions.values().stream().map(r -> new Named(r, List.copyOf(names.get(r.code)))).toList();
    }

    /** The abbreviations and common names of provinces, kabupaten and kota, each with the name it stands for. */
    public static Set<Abbreviation> abbreviations(Connection connection) throws SQLException {
        Set<Abbreviation> abbreviations = new LinkedHashSet<>();
        JdbcRows.forEach(connection, ABBREVIATIONS, JdbcRows.Parameters.NONE, rs -> {
            Region region = new Region();
            region.name = rs.getString(2);
            region.type = RegionType.valueOf(rs.getString(3));
            region.code = rs.getString(4);
            abbreviations.add(new Abbreviation(rs.getString(1), region.shortName()));
        });
        return abbreviations;
    }

    private static Region region(ResultSet rs) throws SQLException {
        Region region = new Region();
        region.code = rs.getString(1);
        region.name = rs.getString(2);
        region.type = RegionType.valueOf(rs.getString(3));
        region.parentCode = rs.getString(4);
        return region;
    }
}
