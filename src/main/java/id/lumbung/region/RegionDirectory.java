package id.lumbung.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A snapshot of region codes and aliases for resolving many names at once (an import of thousands of lines
 * asks the database once, not once a line).
 */
public final class RegionDirectory {

    private final Map<String, Region> byCode;
    private final Map<String, Set<String>> codesByAlias;

    RegionDirectory(Collection<Region> regions, Collection<RegionAlias> aliases) {
        this.byCode = regions.stream().collect(Collectors.toMap(r -> r.code, r -> r));
        this.codesByAlias = aliases.stream().collect(Collectors.groupingBy(a -> a.normalized,
                Collectors.mapping(a -> a.regionCode, Collectors.toCollection(TreeSet::new))));
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Resolves a name as people write it ("Provinsi DKI Jakarta", "Kab. Kukar", "Kalbar").
     *
     * @return the region, empty when nothing matches
     * @throws AmbiguousRegionName when the name fits several regions (e.g. "Bandung")
     */
    public Optional<Region> byName(String name) {
        String normalized = RegionNames.normalize(name);
        Set<String> codes = codesByAlias.get(normalized);
        if (codes == null) {
            codes = codesByAlias.get(RegionNames.withoutTier(normalized));
        }
        if (codes == null || codes.isEmpty()) {
            return Optional.empty();
        }
        if (codes.size() > 1) {
            throw new AmbiguousRegionName(name, codes.stream().map(byCode::get).toList());
        }
        return byCode(codes.iterator().next());
    }

    /** A region name that fits several regions; the caller must give a code. */
    public static final class AmbiguousRegionName extends RuntimeException {
        private final transient List<Region> candidates;

        AmbiguousRegionName(String name, List<Region> candidates) {
            super("'" + name + "' fits several regions: " + candidates.stream()
                    .map(r -> r.code + " " + r.displayName()).collect(Collectors.joining(", ")) + "; give region_code");
            this.candidates = candidates;
        }

        public List<Region> candidates() {
            return candidates;
        }
    }
}
