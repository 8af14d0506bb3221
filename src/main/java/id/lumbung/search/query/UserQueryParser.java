package id.lumbung.search.query;

import id.lumbung.search.query.UserQuery.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forgiving parser: "quoted phrases", -excluded, a OR b; everything else is plain text. There is no field
 * syntax, no wildcard and no error: an unbalanced quote runs to the end, stray operators are text, and
 * control characters are spaces. The number of clauses is bounded.
 */
public final class UserQueryParser {

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

    private final int maxClauses;

    public UserQueryParser(int maxClauses) {
        this.maxClauses = maxClauses;
    }

    public UserQuery parse(String input) {
        if (input == null) {
            return new UserQuery(List.of(), false);
        }
        String text = CONTROL.matcher(input).replaceAll(" ");
        List<Clause> clauses = new ArrayList<>();
        boolean orPending = false;
        boolean truncated = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Clause clause;
            if (m.group(2) != null) {
                String phrase = m.group(2).strip();
                if (phrase.isEmpty()) {
                    continue;
                }
                clause = new Clause(List.of(phrase), true, !m.group(1).isEmpty());
            } else {
                String word = m.group(3);
                if (word.equals("OR") && !clauses.isEmpty()) {
                    orPending = true;
                    continue;
                }
                boolean excluded = word.length() > 1 && word.startsWith("-");
                clause = new Clause(List.of(excluded ? word.substring(1) : word), false, excluded);
            }
            if (orPending && !clause.excluded() && !clauses.getLast().excluded()) {
                Clause previous = clauses.removeLast();
                List<String> alternatives = new ArrayList<>(previous.alternatives());
                alternatives.add(clause.text());
                clause = new Clause(alternatives, previous.phrase() || clause.phrase(), false);
            }
            orPending = false;
            if (clauses.size() >= maxClauses) {
                truncated = true;
                break;
            }
            clauses.add(clause);
        }
        return new UserQuery(List.copyOf(clauses), truncated);
    }
}
