package id.lumbung.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form with repeatable parts given as parallel columns, one value per row (a row left blank is no row). It shows
 * its filled rows and a few blank ones, and an "add rows" button ({@code add=<group>}) brings it back with more;
 * earlier presses travel in hidden {@code more} fields. No JavaScript is needed.
 */
public abstract class RowForm {

    /** Blank rows shown under the filled ones, and how many more each "add rows" press gives. */
    static final int BLANK_ROWS = 2;
    static final int ADDED_ROWS = 3;

    /** The columns of each repeatable group, in the order of the form. */
    abstract Map<String, List<String>> groups();

    /** The values of one column as posted (an empty, modifiable list on a form made on the server). */
    abstract List<String> column(String name);

    /** The group whose "add rows" button was pressed, or null. */
    abstract String addPressed();

    /** Earlier presses of "add rows", one group name each. */
    abstract List<String> earlierPresses();

    /** The rows of a group that have something in them, each a map of column to its (stripped) value. */
    public List<Map<String, String>> filled(String group) {
        List<String> columns = groups().get(group);
        int size = columns.stream().mapToInt(c -> column(c).size()).max().orElse(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            boolean any = false;
            for (String c : columns) {
                List<String> values = column(c);
                String value = i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
                row.put(c, value);
                any |= !value.isEmpty() && !c.equals("source_verified");
            }
            if (any) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** What the form shows of a group: its filled rows, then blank ones (more after each "add rows" press). */
    public List<Map<String, String>> rows(String group) {
        List<Map<String, String>> rows = new ArrayList<>(filled(group));
        long presses = moreRows().stream().filter(group::equals).count();
        for (int i = 0; i < BLANK_ROWS + ADDED_ROWS * presses; i++) {
            rows.add(Map.of());
        }
        return rows;
    }

    /** Every "add rows" press so far, this one included (the page carries them in hidden fields). */
    public List<String> moreRows() {
        List<String> presses = new ArrayList<>();
        (earlierPresses() == null ? List.<String>of() : earlierPresses()).stream().filter(groups()::containsKey).forEach(presses::add);
        if (addPressed() != null && groups().containsKey(addPressed())) {
            presses.add(addPressed());
        }
        return presses;
    }

    public boolean addingRows() {
        return addPressed() != null && !addPressed().isBlank();
    }

    /** Sets a group's columns from rows, on a form made here (for an entry read back into the form). */
    void setRows(String group, List<Map<String, String>> rows) {
        for (String c : groups().get(group)) {
            column(c).addAll(rows.stream().map(r -> r.getOrDefault(c, "")).toList());
        }
    }
}
