package id.lumbung.web;

import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome indicator rows that the innovation and the replication forms share: name, unit, baseline, target and
 * the yearly values, one column each (a nested {@code @BeanParam} of both forms).
 */
public class IndicatorColumns {

    /** The group's name and its columns, in the order of the form. */
    static final String GROUP = "indicator";
    static final List<String> COLUMNS = List.of("ind_name", "ind_unit", "ind_baseline", "ind_target", "ind_values");

    @FormParam("ind_name") public List<String> name = new ArrayList<>();
    @FormParam("ind_unit") public List<String> unit = new ArrayList<>();
    @FormParam("ind_baseline") public List<String> baseline = new ArrayList<>();
    @FormParam("ind_target") public List<String> target = new ArrayList<>();
    @FormParam("ind_values") public List<String> values = new ArrayList<>();

    /** One column by its form name (one of {@link #COLUMNS}). */
    List<String> column(String column) {
        return switch (column) {
            case "ind_name" -> name;
            case "ind_unit" -> unit;
            case "ind_baseline" -> baseline;
            case "ind_target" -> target;
            case "ind_values" -> values;
            default -> throw new IllegalArgumentException(column);
        };
    }
}
