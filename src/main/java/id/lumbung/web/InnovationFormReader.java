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
import id.lumbung.common.Slugs;
import id.lumbung.region.RegionCode;
import id.lumbung.web.TypedValues.Unreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curator form ({@link InnovationForm}) to the service's {@link InnovationInput} and back. It only reads what
 * people type — dates, numbers, years, a region by name — and leaves every rule of the record to the input's
 * validation and the service, whose messages the page words ({@link FormErrors#byFormField}). A value it cannot read
 * is a form error in the page's language, keyed like the field. {@link InnovationFormFill} goes the other way.
 */
final class InnovationFormReader {

    /** A datalist choice, "Kabupaten Ketapang (61.04)": the code in brackets decides. */
    private static final Pattern REGION_CHOICE = Pattern.compile(".*\\((" + RegionCode.PATTERN + ")\\)\\s*");
    private static final Pattern YEAR_VALUE = Pattern.compile("(\\d{4})\\s*[:=]\\s*(.+)");

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
        return FormErrors.rowPrefix(index, lang);
    }

    private static <T> List<T> rows(InnovationForm f, String group, Function<Map<String, String>, T> convert) {
        return f.filled(group).stream().map(convert).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values.isEmpty() ? null : values;
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
