package id.lumbung.catalogue;

import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.common.ApiProblem.FieldViolation;
import id.lumbung.region.Region;
import id.lumbung.region.RegionDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a validated {@link InnovationInput} into the state of an {@link Innovation}: resolves the owning region,
 * checks themes against the vocabulary, folds the import's source_urls into evidence sources. Pure: the
 * caller supplies the region directory and the theme codes.
 */
final class InnovationAssembler {

    private final RegionDirectory regions;
    private final Set<String> themeCodes;

    InnovationAssembler(RegionDirectory regions, Set<String> themeCodes) {
        this.regions = regions;
        this.themeCodes = themeCodes;
    }

    /** The owner of an innovation: a region, or (national programmes) a named body. */
    record Owner(String regionCode, String ownerName) {
    }

    /** Reference problems of the input (unknown region or theme); empty when it can be applied. */
    List<FieldViolation> check(InnovationInput input) {
        List<FieldViolation> violations = new ArrayList<>();
        resolveOwner(input, violations);
        for (String theme : nullSafe(input.themes())) {
            if (!themeCodes.contains(theme)) {
                violations.add(new FieldViolation("themes", "unknown theme '" + theme + "'; see GET /api/v1/themes"));
            }
        }
        return violations;
    }

    /** The region the input names, by code or by name (null when it names none, or a body that is no region). */
    String regionCode(InnovationInput input) {
        return resolveOwner(input, new ArrayList<>()).regionCode();
    }

    /**
     * Applies the input to the entity; values that did not change are left untouched, so an unchanged
     * re-import issues no UPDATE and keeps its version.
     */
    void apply(InnovationInput input, Innovation target) {
        Owner owner = resolveOwner(input, new ArrayList<>());
        target.slug = input.slug();
        target.name = input.name().strip();
        target.acronym = blankToNull(input.acronym());
        target.aliases = same(target.aliases, List.copyOf(new LinkedHashSet<>(nullSafe(input.aliases()))));
        target.regionCode = owner.regionCode();
        target.ownerName = owner.ownerName();
        target.agency = blankToNull(input.agency());
        target.level = input.level();
        target.yearStarted = input.yearStarted();
        target.tahapan = input.tahapan();
        target.jenis = input.jenis();
        target.bentuk = input.bentuk();
        target.urusan = blankToNull(input.urusan());
        Set<String> themes = new TreeSet<>(nullSafe(input.themes()));
        if (!target.themes.equals(themes)) {
            target.themes.clear();
            target.themes.addAll(themes);
        }
        target.sdgGoals = same(target.sdgGoals, List.copyOf(new TreeSet<>(nullSafe(input.sdgGoals()))));
        target.summary = input.summary().strip();
        target.problem = blankToNull(input.problem());
        target.approach = blankToNull(input.approach());
        target.goals = blankToNull(input.goals());
        target.benefits = blankToNull(input.benefits());
        target.outcomes = blankToNull(input.outcomes());
        target.outcomeIndicators = same(target.outcomeIndicators, List.copyOf(nullSafe(input.outcomeIndicators())));
        target.legalBasis = blankToNull(input.legalBasis());
        target.costEstimate = blankToNull(input.costEstimate());
        target.replicationKit = same(target.replicationKit, input.replicationKit());
        target.publicContact = same(target.publicContact, InnovationParts.PublicContact.orNull(input.publicContact()));
        target.contacts = same(target.contacts, List.copyOf(nullSafe(input.contacts())));
        target.awards = same(target.awards, List.copyOf(nullSafe(input.awards())));
        target.evidenceSources = same(target.evidenceSources, evidence(input));
        target.runningStatus = input.runningStatus() == null ? RunningStatus.tidak_diketahui : input.runningStatus();
        target.lastConfirmedOn = input.lastConfirmedOn();
        target.language = input.language() == null ? "id" : input.language();
        target.nameEn = blankToNull(input.nameEn());
        target.summaryEn = blankToNull(input.summaryEn());
        target.problemEn = blankToNull(input.problemEn());
        target.approachEn = blankToNull(input.approachEn());
        target.goalsEn = blankToNull(input.goalsEn());
        target.benefitsEn = blankToNull(input.benefitsEn());
        target.outcomesEn = blankToNull(input.outcomesEn());
    }

    private Owner resolveOwner(InnovationInput input, List<FieldViolation> violations) {
        if (input.regionCode() != null) {
            Region region = regions.byCode(input.regionCode()).orElse(null);
            if (region == null) {
                violations.add(new FieldViolation("region_code", "unknown region " + input.regionCode()
                        + (input.regionCode().length() > 5 ? " (import its kecamatan/desa first)" : "")));
                return new Owner(null, null);
            }
            return new Owner(region.code, null);
        }
        String name = blankToNull(input.regionName());
        if (name == null) {
            violations.add(new FieldViolation("region_code", "give region_code or region_name"));
            return new Owner(null, null);
        }
        try {
            Region region = regions.byName(name).orElse(null);
            if (region != null) {
                return new Owner(region.code, null);
            }
        } catch (RegionDirectory.AmbiguousRegionName e) {
            violations.add(new FieldViolation("region_name", e.getMessage()));
            return new Owner(null, null);
        }
        if (input.level() == Level.nasional) {
            return new Owner(null, name);
        }
        violations.add(new FieldViolation("region_name", "unknown region '" + name + "'; give region_code"));
        return new Owner(null, null);
    }

    /** Evidence sources first, then source_urls not already among them; a non-URL entry is a citation title. */
    private static List<EvidenceSource> evidence(InnovationInput input) {
        Map<String, EvidenceSource> byKey = new LinkedHashMap<>();
        for (EvidenceSource source : nullSafe(input.evidenceSources())) {
            byKey.putIfAbsent(Objects.requireNonNullElse(source.url(), "title:" + source.title()), source);
        }
        for (String url : nullSafe(input.sourceUrls())) {
            String value = url.strip();
            boolean isUrl = value.startsWith("http://") || value.startsWith("https://");
            byKey.putIfAbsent(isUrl ? value : "title:" + value,
                    isUrl ? new EvidenceSource(value, null, false) : new EvidenceSource(null, value, false));
        }
        return List.copyOf(byKey.values());
    }

    private static <T> T same(T current, T next) {
        return Objects.equals(current, next) ? current : next;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
