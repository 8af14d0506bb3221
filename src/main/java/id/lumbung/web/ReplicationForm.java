package id.lumbung.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form that records a replication, as typed: source and adopter (a region by name or code, or another body), the
 * stage reached and its date, the "modifikasi" (what was kept, changed and dropped, and why), the adopter's own
 * outcomes and its legal basis. Named form parameters only; repeatable parts are rows ({@link RowForm}).
 */
public class ReplicationForm extends RowForm {

    static final Map<String, List<String>> GROUPS = columnsByGroup();

    @FormParam("source_slug") public String sourceSlug;
    @FormParam("adopter") public String adopter;
    @FormParam("adopter_name") public String adopterName;
    @FormParam("adopter_country") public String adopterCountry;
    @FormParam("status") public String status;
    @FormParam("date") public String date;
    @FormParam("year") public String year;
    @FormParam("notes") public String notes;
    @FormParam("rationale") public String rationale;
    @FormParam("legal_kind") public String legalKind;
    @FormParam("legal_number") public String legalNumber;
    @FormParam("legal_year") public String legalYear;
    @FormParam("legal_title") public String legalTitle;
    @FormParam("legal_url") public String legalUrl;
    @FormParam("confirm_duplicate") public String confirmDuplicate;

    @FormParam("kept") public List<String> kept = new ArrayList<>();
    @FormParam("changed") public List<String> changed = new ArrayList<>();
    @FormParam("dropped") public List<String> dropped = new ArrayList<>();
    @BeanParam public IndicatorColumns indicators = new IndicatorColumns();

    @FormParam("add") public String add;
    @FormParam("more") public List<String> more;

    private static Map<String, List<String>> columnsByGroup() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("kept", List.of("kept"));
        groups.put("changed", List.of("changed"));
        groups.put("dropped", List.of("dropped"));
        groups.put(IndicatorColumns.GROUP, IndicatorColumns.COLUMNS);
        return Collections.unmodifiableMap(groups);
    }

    @Override
    Map<String, List<String>> groups() {
        return GROUPS;
    }

    @Override
    List<String> column(String name) {
        List<String> values = switch (name) {
            case "kept" -> kept;
            case "changed" -> changed;
            case "dropped" -> dropped;
            default -> indicators.column(name);
        };
        return values == null ? List.of() : values;
    }

    @Override
    String addPressed() {
        return add;
    }

    @Override
    List<String> earlierPresses() {
        return more;
    }
}
