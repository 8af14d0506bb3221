package id.lumbung.web;

import static id.lumbung.web.InnovationFormReader.blank;

import id.lumbung.region.Region;
import id.lumbung.region.RegionDirectory;
import id.lumbung.replication.ReplicationInput;
import id.lumbung.replication.ReplicationParts.Adaptation;
import id.lumbung.replication.ReplicationParts.LegalBasis;
import id.lumbung.replication.ReplicationStatus;
import java.util.List;
import java.util.Map;

/**
 * The replication form ({@link ReplicationForm}) to the service's {@link ReplicationInput}: the adopter region by
 * name or code, dates and numbers as typed. Every rule of the record stays with the input's validation and the
 * service; their messages are keyed by form field ({@link #API_FIELDS}).
 */
final class ReplicationFormReader {

    /** API field paths with a form field of another name. */
    static final Map<String, String> API_FIELDS = Map.of("adopter_region_code", "adopter", "adaptation.kept", "kept",
            "adaptation.changed", "changed", "adaptation.dropped", "dropped", "adaptation.rationale", "rationale",
            "outcomes", "indicator", "legal_basis.kind", "legal_kind", "legal_basis.number", "legal_number",
            "legal_basis.year", "legal_year", "legal_basis.title", "legal_title");

    private ReplicationFormReader() {
    }

    static ReplicationInput read(ReplicationForm f, RegionDirectory regions, String lang, Map<String, String> errors) {
        String adopterCode = adopter(blank(f.adopter), regions, lang, errors);
        Adaptation adaptation = adaptation(f);
        LegalBasis legal = blank(f.legalKind) == null && blank(f.legalNumber) == null && blank(f.legalYear) == null
                && blank(f.legalTitle) == null && blank(f.legalUrl) == null ? null
                : new LegalBasis(blank(f.legalKind), blank(f.legalNumber),
                        InnovationFormReader.parse("legal_year", f.legalYear, TypedValues::year, lang, errors),
                        blank(f.legalTitle), blank(f.legalUrl));
        List<id.lumbung.catalogue.InnovationParts.OutcomeIndicator> outcomes = InnovationFormReader.indicators(f, lang, errors);
        String adopterName = blank(f.adopterName);
        return new ReplicationInput(blank(f.sourceSlug), adopterCode, adopterCode == null ? adopterName : null,
                adopterCode == null && adopterName != null ? country(f.adopterCountry) : null, status(f.status),
                InnovationFormReader.parse("date", f.date, TypedValues::date, lang, errors),
                InnovationFormReader.parse("year", f.year, TypedValues::year, lang, errors), null, null, blank(f.notes), null,
                adaptation, outcomes.isEmpty() ? null : outcomes, null, legal);
    }

    /** The adopter region's code: a code, a suggestion "Kabupaten Ketapang (61.04)", or a name or alias resolved. */
    private static String adopter(String typed, RegionDirectory regions, String lang, Map<String, String> errors) {
        if (typed == null) {
            return null;
        }
        String code = InnovationFormReader.regionCode(typed);
        if (code != null) {
            return code;
        }
        try {
            Region region = regions.byName(typed).orElse(null);
            if (region == null) {
                errors.put("adopter", "en".equals(lang) ? "no region is called '" + typed + "'; pick a suggestion, or give an "
                        + "adopter that is not a region below" : "tidak ada daerah bernama '" + typed + "'; pilih dari saran, "
                        + "atau isi lembaga peniru yang bukan daerah di bawah");
                return null;
            }
            return region.code;
        } catch (RegionDirectory.AmbiguousRegionName e) {
            errors.put("adopter", ValidationText.of(e.getMessage(), lang));
            return null;
        }
    }

    private static Adaptation adaptation(ReplicationForm f) {
        List<String> kept = f.filled("kept").stream().map(r -> r.get("kept")).toList();
        List<String> changed = f.filled("changed").stream().map(r -> r.get("changed")).toList();
        List<String> dropped = f.filled("dropped").stream().map(r -> r.get("dropped")).toList();
        String why = blank(f.rationale);
        return kept.isEmpty() && changed.isEmpty() && dropped.isEmpty() && why == null ? null
                : new Adaptation(kept.isEmpty() ? null : kept, changed.isEmpty() ? null : changed,
                        dropped.isEmpty() ? null : dropped, why);
    }

    private static String country(String typed) {
        String country = blank(typed);
        return country == null ? "ID" : country.toUpperCase(java.util.Locale.ROOT);
    }

    /** An unknown status is null, for validation to report as missing. */
    private static ReplicationStatus status(String value) {
        try {
            return value == null ? null : ReplicationStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
