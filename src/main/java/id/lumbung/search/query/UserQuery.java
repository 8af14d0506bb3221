package id.lumbung.search.query;

import java.util.List;

/**
 * What a user typed, as the forgiving parser understood it: words, quoted phrases, excluded words or
 * phrases, and OR alternatives. Nothing here can name a field.
 */
public record UserQuery(List<Clause> clauses, boolean truncated) {

    /** One unit of the query. {@code alternatives} holds more than one text only for "a OR b". */
    public record Clause(List<String> alternatives, boolean phrase, boolean excluded) {
        public String text() {
            return alternatives.getFirst();
        }
    }

    public boolean isEmpty() {
        return clauses.stream().noneMatch(c -> !c.excluded());
    }

    /** The query's positive text, for synonym expansion, spell checking and highlighting. */
    public String positiveText() {
        StringBuilder text = new StringBuilder();
        for (Clause clause : clauses) {
            if (!clause.excluded()) {
                for (String alternative : clause.alternatives()) {
                    text.append(text.isEmpty() ? "" : " ").append(alternative);
                }
            }
        }
        return text.toString();
    }
}
