package id.lumbung.region;

import id.lumbung.common.ApiProblem;
import id.lumbung.common.Cursor;
import id.lumbung.common.Page;
import id.lumbung.region.RegionViews.AliasView;
import id.lumbung.region.RegionViews.IndicatorView;
import id.lumbung.region.RegionViews.RegionDetail;
import id.lumbung.region.RegionViews.RegionSummary;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads regions, their aliases and indicators; curators add aliases and indicator values. */
@ApplicationScoped
public class RegionService {

    public Page<RegionSummary> list(RegionType type, String parentCode, String nameQuery, String cursor, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            params.and("parent", parentCode);
        }
        if (nameQuery != null && !nameQuery.isBlank()) {
            // A part of the official name, or a whole alias as people write it (Kalbar, Kukar, Jogja).
            String normalized = RegionNames.normalize(nameQuery);
            where.append(" and (lower(name) like :name or code in (select a.regionCode from RegionAlias a"
                    + " where a.normalized = :alias or a.normalized = :aliasWithoutTier))");
            params.and("name", "%" + nameQuery.toLowerCase().replace("%", "").replace("_", "") + "%")
                    .and("alias", normalized).and("aliasWithoutTier", RegionNames.withoutTier(normalized));
        }
        long total = Region.count(where.toString(), params);
        String after = Cursor.decode(cursor);
        if (after != null) {
            where.append(" and code > :after");
            params.and("after", after);
        }
        List<Region> regions = Region.find(where.toString(), Sort.by("code"), params).range(0, limit - 1).list();
        String next = regions.size() == limit ? Cursor.encode(regions.getLast().code) : null;
        return new Page<>(regions.stream().map(RegionSummary::of).toList(), total, next);
    }

    public Map<RegionType, Long> countsByType() {
        Map<RegionType, Long> counts = new EnumMap<>(RegionType.class);
        List<Object[]> rows = Region.getEntityManager()
                .createQuery("select r.type, count(r) from Region r group by r.type", Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put((RegionType) row[0], (Long) row[1]);
        }
        return counts;
    }

    public Region require(String code) {
        Region region = Region.findById(code);
        if (region == null) {
            throw ApiProblem.notFound("Region", code);
        }
        return region;
    }

    public RegionDetail detail(String code) {
        Region region = require(code);
        List<RegionSummary> ancestors = new ArrayList<>();
        for (String ancestor : region.ancestorCodes()) {
            Region found = Region.findById(ancestor);
            if (found != null) {
                ancestors.add(RegionSummary.of(found));
            }
        }
        List<RegionSummary> children = Region.<Region>find("parentCode", Sort.by("code"), code)
                .range(0, 999).list().stream().map(RegionSummary::of).toList();
        long childCount = Region.count("parentCode", code);
        List<AliasView> aliases = RegionAlias.<RegionAlias>find("regionCode", Sort.by("alias"), code).stream()
                .map(a -> new AliasView(a.alias, a.kind)).toList();
        List<IndicatorView> indicators = RegionIndicator.<RegionIndicator>find("regionCode",
                Sort.by("indicator").and("period"), code).stream().map(IndicatorView::of).toList();
        return new RegionDetail(region.code, region.name, region.displayName(), region.type, region.parentCode,
                ancestors, children, childCount, aliases, indicators, RegionViews.AreaDataSource.IDN_AREA_DATA);
    }

    /** All regions and aliases, for resolving the names of a whole import file in memory. */
    public RegionDirectory directory() {
        return new RegionDirectory(Region.listAll(), RegionAlias.listAll());
    }

    @Transactional
    public AliasView addAlias(String code, String alias, RegionAlias.Kind kind) {
        require(code);
        String normalized = RegionNames.normalize(alias);
        if (normalized.isEmpty()) {
            throw ApiProblem.invalidField("alias", "must contain letters or digits");
        }
        if (RegionAlias.count("regionCode = ?1 and normalized = ?2", code, normalized) > 0) {
            throw ApiProblem.conflict("Region " + code + " already has the alias '" + alias + "'");
        }
        RegionAlias entity = new RegionAlias();
        entity.regionCode = code;
        entity.alias = alias.strip();
        entity.normalized = normalized;
        entity.kind = kind;
        entity.persist();
        return new AliasView(entity.alias, entity.kind);
    }

    /** Records an indicator value; a value for the same indicator and period replaces the old one. */
    @Transactional
    public IndicatorView putIndicator(String code, String indicator, String period, BigDecimal value, String source) {
        if (code != null) {
            require(code);
        }
        RegionIndicator entity = (code == null
                ? RegionIndicator.<RegionIndicator>find("regionCode is null and indicator = ?1 and period = ?2", indicator, period)
                : RegionIndicator.<RegionIndicator>find("regionCode = ?1 and indicator = ?2 and period = ?3", code, indicator, period))
                .firstResultOptional().orElseGet(RegionIndicator::new);
        entity.regionCode = code;
        entity.indicator = indicator;
        entity.period = period;
        entity.value = value;
        entity.source = source;
        entity.persist();
        return IndicatorView.of(entity);
    }

    /** The regions with the given codes and their provinces, in one query, keyed by code. */
    public Map<String, Region> withProvinces(Collection<String> codes) {
        Set<String> wanted = new HashSet<>();
        for (String code : codes) {
            if (code != null) {
                wanted.add(code);
                wanted.add(code.length() > 2 ? code.substring(0, 2) : code);
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, Region> found = new HashMap<>();
        Region.<Region>list("code in ?1", wanted).forEach(r -> found.put(r.code, r));
        return found;
    }
}
