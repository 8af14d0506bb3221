package id.lumbung.web;

import id.lumbung.catalogue.InnovationInput;
import id.lumbung.catalogue.InnovationParts.Award;
import id.lumbung.catalogue.InnovationParts.Contact;
import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.InnovationParts.KitDocument;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.InnovationParts.PublicContact;
import id.lumbung.catalogue.InnovationParts.ReplicationKit;
import id.lumbung.catalogue.InnovationParts.YearValue;
import id.lumbung.catalogue.Vocabulary.Bentuk;
import id.lumbung.catalogue.Vocabulary.Jenis;
import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.Formats;
import id.lumbung.common.Slugs;
import id.lumbung.region.RegionCode;
import id.lumbung.web.TypedValues.Unreadable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The curator form ({@link InnovationForm}) to the service's {@link InnovationInput} and back. It only reads what
 * people type — dates, numbers, years, a region by name — and leaves every rule of the record to the input's
 * validation and the service, whose messages the page words ({@link #formKey}). A value it cannot read is a form
 * error in the page's language, keyed like the field.
 */
final class InnovationFormReader {

    /** A datalist choice, "Kabupaten Ketapang (61.04)": the code in brackets decides. */
    private static final Pattern REGION_CHOICE = Pattern.compile(".*\\((" + RegionCode.PATTERN + ")\\)\\s*");
    private static final Pattern YEAR_VALUE = Pattern.compile("(\\d{4})\\s*[:=]\\s*(.+)");
    private static final Map<String, String> API_GROUPS = Map.of("outcome_indicators", "indicator",
            "replication_kit.prerequisites", "prerequisite", "replication_kit.steps", "step",
            "replication_kit.documents", "document", "contacts", "contact", "awards", "award", "evidence_sources", "source",
            "aliases", "alias", "region_code", "region", "region_name", "region");

    private final String lang;
    private final Map<String, String> errors;

    private InnovationFormReader(String lang, Map<String, String> errors) {
        this.lang = lang;
        this.errors = errors;
    }

    /** The input the form describes; what could not be read is in {@code errors} (and left out of the input). */
    static InnovationInput read(InnovationForm f, String lang, Map<String, String> errors) {
        return new InnovationFormReader(lang, errors).read(f);
    }

    private InnovationInput read(InnovationForm f) {
        String name = blank(f.name);
        String slug = blank(f.slug) != null ? f.slug.strip() : name == null ? null : blank(Slugs.fromName(name));
        String region = blank(f.region);
        String regionCode = regionCode(region);
        String regionName = regionCode == null ? region : null;
        PublicContact contact = new PublicContact(blank(f.publicUnit), blank(f.publicEmail), blank(f.publicPhone),
                blank(f.publicWebsite));
        return new InnovationInput(slug, name, blank(f.acronym), list(rows(f, "alias", r -> r.get("alias"))), regionName,
                regionCode, null, blank(f.agency), enumOf(Level.class, f.level), parse("year_started", f.yearStarted, TypedValues::year),
                enumOf(Tahapan.class, f.tahapan), enumOf(Jenis.class, f.jenis), enumOf(Bentuk.class, f.bentuk), blank(f.urusan),
                f.themes == null ? List.of() : f.themes, sdgs(f.sdgGoals), blank(f.summary), blank(f.problem),
                blank(f.approach), blank(f.goals), blank(f.benefits), blank(f.outcomes), list(indicators(f)),
                blank(f.legalBasis), blank(f.costEstimate), kit(f),
                contact.unit() == null && contact.email() == null && contact.phone() == null && contact.website() == null
                        ? null : contact,
                list(rows(f, "contact", r -> new Contact(r.get("contact_name"), blank(r.get("contact_role")),
                        blank(r.get("contact_email")), blank(r.get("contact_phone"))))),
                list(awards(f)), null,
                list(rows(f, "source", r -> new EvidenceSource(blank(r.get("source_url")), blank(r.get("source_title")),
                        "ya".equals(r.get("source_verified"))))),
                enumOf(RunningStatus.class, f.runningStatus), parse("last_confirmed_on", f.lastConfirmedOn, TypedValues::date),
                null, blank(f.language), blank(f.nameEn), blank(f.summaryEn), blank(f.problemEn), blank(f.approachEn),
                blank(f.goalsEn), blank(f.benefitsEn), blank(f.outcomesEn));
    }

    /** The outcome indicators of a form's {@code indicator} rows (the replication form has them too). */
    static List<OutcomeIndicator> indicators(RowForm f, String lang, Map<String, String> errors) {
        return new InnovationFormReader(lang, errors).indicators(f);
    }

    /** Read by a form's reader: what cannot be read goes into {@code errors} under {@code key}. */
    static <T> T parse(String key, String typed, java.util.function.BiFunction<String, String, T> reader, String lang,
            Map<String, String> errors) {
        return new InnovationFormReader(lang, errors).parse(key, typed, reader);
    }

    /** The code a region field gives: a Kemendagri code, or a suggestion "Kabupaten Ketapang (61.04)"; else null. */
    static String regionCode(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher choice = REGION_CHOICE.matcher(typed);
        return RegionCode.isCode(typed) ? typed : choice.matches() ? choice.group(1) : null;
    }

    private List<OutcomeIndicator> indicators(RowForm f) {
        List<OutcomeIndicator> indicators = new ArrayList<>();
        List<Map<String, String>> rows = f.filled("indicator");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            String row = row(i);
            indicators.add(new OutcomeIndicator(blank(r.get("ind_name")) == null ? "" : r.get("ind_name"), blank(r.get("ind_unit")),
                    parse("indicator", row, r.get("ind_baseline"), TypedValues::number),
                    parse("indicator", row, r.get("ind_target"), TypedValues::number), yearValues(r.get("ind_values"), row)));
        }
        return indicators;
    }

    /** "2022: 18.989; 2023: 17.500" (a year, a colon or an equals sign, a number in the page's language). */
    private List<YearValue> yearValues(String typed, String row) {
        List<YearValue> values = new ArrayList<>();
        for (String part : typed == null ? new String[0] : typed.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = YEAR_VALUE.matcher(part.strip());
            Double value = m.matches() ? parse("indicator", row, m.group(2), TypedValues::number) : null;
            if (!m.matches()) {
                errors.putIfAbsent("indicator", row + ("en".equals(lang) ? "yearly values like 2022: 18,989; 2023: 17,500"
                        : "nilai per tahun seperti 2022: 18.989; 2023: 17.500"));
            } else if (value != null) {
                values.add(new YearValue(Integer.parseInt(m.group(1)), value));
            }
        }
        return values.isEmpty() ? null : values;
    }

    private ReplicationKit kit(InnovationForm f) {
        List<String> prerequisites = rows(f, "prerequisite", r -> r.get("kit_prerequisite"));
        List<String> steps = rows(f, "step", r -> r.get("kit_step"));
        List<KitDocument> documents = rows(f, "document", r -> new KitDocument(r.get("doc_title"), blank(r.get("doc_url"))));
        return prerequisites.isEmpty() && steps.isEmpty() && documents.isEmpty() ? null
                : new ReplicationKit(list(prerequisites), list(steps), list(documents));
    }

    private List<Award> awards(InnovationForm f) {
        List<Award> awards = new ArrayList<>();
        List<Map<String, String>> rows = f.filled("award");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            awards.add(new Award(r.get("award_name"), parse("award", row(i), r.get("award_year"), TypedValues::year),
                    blank(r.get("award_rank"))));
        }
        return awards;
    }

    private List<Integer> sdgs(List<String> goals) {
        List<Integer> parsed = new ArrayList<>();
        for (String goal : goals == null ? List.<String>of() : goals) {
            if (goal.matches("\\d{1,2}")) {
                parsed.add(Integer.valueOf(goal));
            }
        }
        return parsed.isEmpty() ? null : parsed;
    }

    private <T> T parse(String key, String typed, java.util.function.BiFunction<String, String, T> reader) {
        return parse(key, "", typed, reader);
    }

    private <T> T parse(String key, String row, String typed, java.util.function.BiFunction<String, String, T> reader) {
        try {
            return reader.apply(typed, lang);
        } catch (Unreadable e) {
            errors.putIfAbsent(key, row + e.getMessage());
            return null;
        }
    }

    private String row(int index) {
        return ("en".equals(lang) ? "row " : "baris ") + (index + 1) + ": ";
    }

    private static <T> List<T> rows(InnovationForm f, String group, Function<Map<String, String>, T> convert) {
        return f.filled(group).stream().map(convert).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values.isEmpty() ? null : values;
    }

    /**
     * The form field (or group) an API field path names, and the row it points at: {@code contacts[1].email} is the
     * group {@code contact}, row 2; {@code public_contact.email} is {@code pc_email}.
     */
    static Map.Entry<String, Integer> formKey(String apiPath) {
        return formKey(apiPath, API_GROUPS);
    }

    /** As {@link #formKey(String)}, with the form's own names for API paths. */
    static Map.Entry<String, Integer> formKey(String apiPath, Map<String, String> apiGroups) {
        Matcher indexed = Pattern.compile("([a-z_.]+?)\\[(\\d+)].*").matcher(apiPath);
        String path = indexed.matches() ? indexed.group(1) : apiPath;
        Integer row = indexed.matches() ? Integer.parseInt(indexed.group(2)) : null;
        String key = apiGroups.get(path);
        if (key == null) {
            key = path.startsWith("public_contact.") ? "pc_" + path.substring("public_contact.".length()) : path;
        }
        return new java.util.AbstractMap.SimpleImmutableEntry<>(key, row);
    }

    /** API field errors keyed by form field, row numbers in front of the messages of repeatable rows. */
    static Map<String, String> byFormField(Map<String, String> apiErrors, String lang) {
        return byFormField(apiErrors, API_GROUPS, lang);
    }

    static Map<String, String> byFormField(Map<String, String> apiErrors, Map<String, String> apiGroups, String lang) {
        Map<String, String> errors = new LinkedHashMap<>();
        apiErrors.forEach((path, message) -> {
            Map.Entry<String, Integer> key = formKey(path, apiGroups);
            errors.putIfAbsent(key.getKey(), key.getValue() == null ? message
                    : new InnovationFormReader(lang, errors).row(key.getValue()) + message);
        });
        return errors;
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

    /** Null for an empty field; else the text stripped, with the CRLF line ends browsers send from a textarea as LF. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
    }

    /** An unknown value becomes null for validation to report (a required one) or to leave out. */
    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
