package id.lumbung.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curator form of an entry, as typed: every field of the record, each a named form parameter (nothing else is
 * read, so nothing can be mass-assigned). Repeatable parts (indicators, kit, contacts, awards, sources, aliases) are
 * parallel columns, one value per row; a row left blank is no row. The form shows its filled rows and a few blank
 * ones, and an "add rows" button ({@code add=<group>}) brings it back with more: no JavaScript needed.
 * {@link InnovationFormReader} turns it into the service's input and back.
 */
public class InnovationForm extends RowForm {

    /** The columns of each repeatable group, in the order of the form. */
    static final Map<String, List<String>> GROUPS = columnsByGroup();

    @FormParam("slug") public String slug;
    @FormParam("name") public String name;
    @FormParam("acronym") public String acronym;
    @FormParam("region") public String region;
    @FormParam("agency") public String agency;
    @FormParam("level") public String level;
    @FormParam("year_started") public String yearStarted;
    @FormParam("tahapan") public String tahapan;
    @FormParam("jenis") public String jenis;
    @FormParam("bentuk") public String bentuk;
    @FormParam("urusan") public String urusan;
    @FormParam("themes") public List<String> themes;
    @FormParam("sdg_goals") public List<String> sdgGoals;
    @FormParam("summary") public String summary;
    @FormParam("problem") public String problem;
    @FormParam("approach") public String approach;
    @FormParam("goals") public String goals;
    @FormParam("benefits") public String benefits;
    @FormParam("outcomes") public String outcomes;
    @FormParam("legal_basis") public String legalBasis;
    @FormParam("cost_estimate") public String costEstimate;
    @FormParam("pc_unit") public String publicUnit;
    @FormParam("pc_email") public String publicEmail;
    @FormParam("pc_phone") public String publicPhone;
    @FormParam("pc_website") public String publicWebsite;
    @FormParam("running_status") public String runningStatus;
    @FormParam("last_confirmed_on") public String lastConfirmedOn;
    @FormParam("language") public String language;
    @FormParam("name_en") public String nameEn;
    @FormParam("summary_en") public String summaryEn;
    @FormParam("problem_en") public String problemEn;
    @FormParam("approach_en") public String approachEn;
    @FormParam("goals_en") public String goalsEn;
    @FormParam("benefits_en") public String benefitsEn;
    @FormParam("outcomes_en") public String outcomesEn;

    @FormParam("alias") public List<String> alias = new ArrayList<>();
    @BeanParam public IndicatorColumns indicators = new IndicatorColumns();
    @FormParam("kit_prerequisite") public List<String> kitPrerequisite = new ArrayList<>();
    @FormParam("kit_step") public List<String> kitStep = new ArrayList<>();
    @FormParam("doc_title") public List<String> docTitle = new ArrayList<>();
    @FormParam("doc_url") public List<String> docUrl = new ArrayList<>();
    @FormParam("contact_name") public List<String> contactName = new ArrayList<>();
    @FormParam("contact_role") public List<String> contactRole = new ArrayList<>();
    @FormParam("contact_email") public List<String> contactEmail = new ArrayList<>();
    @FormParam("contact_phone") public List<String> contactPhone = new ArrayList<>();
    @FormParam("award_name") public List<String> awardName = new ArrayList<>();
    @FormParam("award_year") public List<String> awardYear = new ArrayList<>();
    @FormParam("award_rank") public List<String> awardRank = new ArrayList<>();
    @FormParam("source_url") public List<String> sourceUrl = new ArrayList<>();
    @FormParam("source_title") public List<String> sourceTitle = new ArrayList<>();
    @FormParam("source_verified") public List<String> sourceVerified = new ArrayList<>();

    /** The group whose "add rows" button was pressed, if one was: the form comes back instead of being saved. */
    @FormParam("add") public String add;
    /** Earlier presses of "add rows", one group name each, carried along in hidden fields. */
    @FormParam("more") public List<String> more;

    @Override
    Map<String, List<String>> groups() {
        return GROUPS;
    }

    @Override
    String addPressed() {
        return add;
    }

    @Override
    List<String> earlierPresses() {
        return more;
    }

    private static Map<String, List<String>> columnsByGroup() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("alias", List.of("alias"));
        groups.put(IndicatorColumns.GROUP, IndicatorColumns.COLUMNS);
        groups.put("prerequisite", List.of("kit_prerequisite"));
        groups.put("step", List.of("kit_step"));
        groups.put("document", List.of("doc_title", "doc_url"));
        groups.put("contact", List.of("contact_name", "contact_role", "contact_email", "contact_phone"));
        groups.put("award", List.of("award_name", "award_year", "award_rank"));
        groups.put("source", List.of("source_url", "source_title", "source_verified"));
        return Collections.unmodifiableMap(groups);
    }

    @Override
    List<String> column(String name) {
        List<String> values = switch (name) {
            case "alias" -> alias;
            case "kit_prerequisite" -> kitPrerequisite;
            case "kit_step" -> kitStep;
            case "doc_title" -> docTitle;
            case "doc_url" -> docUrl;
            case "contact_name" -> contactName;
            case "contact_role" -> contactRole;
            case "contact_email" -> contactEmail;
            case "contact_phone" -> contactPhone;
            case "award_name" -> awardName;
            case "award_year" -> awardYear;
            case "award_rank" -> awardRank;
            case "source_url" -> sourceUrl;
            case "source_title" -> sourceTitle;
            case "source_verified" -> sourceVerified;
            default -> indicators.column(name);
        };
        return values == null ? List.of() : values;
    }

    public boolean hasTheme(String code) {
        return themes != null && themes.contains(code);
    }

    public boolean hasSdg(int goal) {
        return sdgGoals != null && sdgGoals.contains(Integer.toString(goal));
    }
}
