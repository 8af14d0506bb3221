package id.lumbung.web;

import id.lumbung.catalogue.InnovationInput;
import id.lumbung.common.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The curator form filled from a stored entry: what {@link InnovationFormReader} reads back when it is saved. */
final class InnovationFormFill {

    private InnovationFormFill() {
    }

    /** The form showing a stored entry, numbers and dates as the page's language writes them. */
    static InnovationForm of(InnovationInput in, String regionChoice, String lang) {
        Locale locale = Formats.locale(lang);
        InnovationForm f = new InnovationForm();
        f.slug = in.slug();
        f.name = in.name();
        f.acronym = in.acronym();
        f.region = regionChoice != null ? regionChoice : in.regionName();
        f.agency = in.agency();
        f.level = name(in.level());
        f.yearStarted = in.yearStarted() == null ? null : in.yearStarted().toString();
        f.tahapan = name(in.tahapan());
        f.jenis = name(in.jenis());
        f.bentuk = name(in.bentuk());
        f.urusan = in.urusan();
        f.themes = in.themes();
        f.sdgGoals = in.sdgGoals() == null ? null : in.sdgGoals().stream().map(String::valueOf).toList();
        f.summary = in.summary();
        f.problem = in.problem();
        f.approach = in.approach();
        f.goals = in.goals();
        f.benefits = in.benefits();
        f.outcomes = in.outcomes();
        f.legalBasis = in.legalBasis();
        f.costEstimate = in.costEstimate();
        if (in.publicContact() != null) {
            f.publicUnit = in.publicContact().unit();
            f.publicEmail = in.publicContact().email();
            f.publicPhone = in.publicContact().phone();
            f.publicWebsite = in.publicContact().website();
        }
        f.runningStatus = name(in.runningStatus());
        f.lastConfirmedOn = in.lastConfirmedOn() == null ? null : Formats.longDate(in.lastConfirmedOn(), locale);
        f.language = in.language();
        f.nameEn = in.nameEn();
        f.summaryEn = in.summaryEn();
        f.problemEn = in.problemEn();
        f.approachEn = in.approachEn();
        f.goalsEn = in.goalsEn();
        f.benefitsEn = in.benefitsEn();
        f.outcomesEn = in.outcomesEn();
        f.setRows("alias", each(in.aliases(), a -> Map.of("alias", a)));
        f.setRows("indicator", each(in.outcomeIndicators(), i -> Map.of("ind_name", i.name(), "ind_unit", text(i.unit()),
                "ind_baseline", Formats.number(i.baseline(), locale), "ind_target", Formats.number(i.target(), locale),
                "ind_values", i.values() == null ? "" : i.values().stream().map(v -> v.year() + ": " + Formats.number(v.value(), locale))
                        .collect(Collectors.joining("; ")))));
        if (in.replicationKit() != null) {
            f.setRows("prerequisite", each(in.replicationKit().prerequisites(), p -> Map.of("kit_prerequisite", p)));
            f.setRows("step", each(in.replicationKit().steps(), s -> Map.of("kit_step", s)));
            f.setRows("document", each(in.replicationKit().documents(), d -> Map.of("doc_title", d.title(), "doc_url", text(d.url()))));
        }
        f.setRows("contact", each(in.contacts(), c -> Map.of("contact_name", c.name(), "contact_role", text(c.role()),
                "contact_email", text(c.email()), "contact_phone", text(c.phone()))));
        f.setRows("award", each(in.awards(), a -> Map.of("award_name", a.name(), "award_year", a.year() == null ? "" : a.year().toString(),
                "award_rank", text(a.rank()))));
        f.setRows("source", each(in.evidenceSources(), s -> Map.of("source_url", text(s.url()), "source_title", text(s.title()),
                "source_verified", s.verified() ? "ya" : "")));
        return f;
    }

    private static <T> List<Map<String, String>> each(List<T> values, Function<T, Map<String, String>> convert) {
        return values == null ? List.of() : values.stream().map(convert).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
