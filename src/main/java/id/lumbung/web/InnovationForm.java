package id.lumbung.web;

import id.lumbung.catalogue.InnovationInput;
import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import jakarta.ws.rs.FormParam;
import java.util.List;

/**
 * The fields the curator form edits. The other fields of an entry are kept as they are: the form is applied
 * onto the stored record (or an empty one for a new entry).
 */
public class InnovationForm {

    @FormParam("slug")
    public String slug;
    @FormParam("name")
    public String name;
    @FormParam("acronym")
    public String acronym;
    @FormParam("region_code")
    public String regionCode;
    @FormParam("level")
    public String level;
    @FormParam("tahapan")
    public String tahapan;
    @FormParam("themes")
    public List<String> themes;
    @FormParam("summary")
    public String summary;
    @FormParam("problem")
    public String problem;
    @FormParam("approach")
    public String approach;
    @FormParam("outcomes")
    public String outcomes;

    public static InnovationForm of(InnovationInput input) {
        InnovationForm form = new InnovationForm();
        form.slug = input.slug();
        form.name = input.name();
        form.acronym = input.acronym();
        form.regionCode = input.regionCode();
        form.level = input.level() == null ? null : input.level().name();
        form.tahapan = input.tahapan() == null ? null : input.tahapan().name();
        form.themes = input.themes();
        form.summary = input.summary();
        form.problem = input.problem();
        form.approach = input.approach();
        form.outcomes = input.outcomes();
        return form;
    }

    /** The record with this form's fields applied; an unknown level or tahapan becomes null for validation to report. */
    public InnovationInput applyTo(InnovationInput base) {
        return new InnovationInput(blank(slug) != null ? slug.strip() : base == null ? null : base.slug(), blank(name),
                blank(acronym), base == null ? null : base.aliases(), null, blank(regionCode),
                null, base == null ? null : base.agency(), enumOf(Level.class, level), base == null ? null : base.yearStarted(),
                enumOf(Tahapan.class, tahapan), base == null ? null : base.jenis(), base == null ? null : base.bentuk(),
                base == null ? null : base.urusan(), themes == null ? List.of() : themes,
                base == null ? null : base.sdgGoals(), blank(summary), blank(problem), blank(approach),
                base == null ? null : base.goals(), base == null ? null : base.benefits(), blank(outcomes),
                base == null ? null : base.outcomeIndicators(), base == null ? null : base.legalBasis(),
                base == null ? null : base.costEstimate(), base == null ? null : base.replicationKit(),
                base == null ? null : base.publicContact(), base == null ? null : base.contacts(), base == null ? null : base.awards(), null,
                base == null ? null : base.evidenceSources(), base == null ? null : base.runningStatus(),
                base == null ? null : base.lastConfirmedOn(), null, base == null ? null : base.language());
    }

    public boolean hasTheme(String code) {
        return themes != null && themes.contains(code);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
