package id.lumbung.search.query;

import java.util.List;
import java.util.function.Function;

/**
 * What a user typed, as the forgiving parser understood it: words, quoted phrases, excluded words or
 * phrases, and OR alternatives. Nothing here can name a field.
 */
public record UserQuery(List<Clause> clauses, boolean truncated) {

    /**
     * One unit of the query. {@code alternatives} holds more than one text for "a OR b", and for a misspelt word
     * with its likely {@code spelling} (null otherwise; see {@link SpellingAlternatives}).
     */
    public record Clause(List<String> alternatives, boolean phrase, boolean excluded, String spelling) {

        public Clause(List<String> alternatives, boolean phrase, boolean excluded) {
            this(alternatives, phrase, excluded, null);
        }

        public String text() {
            return alternatives.getFirst();
        }

        /** The text as meant: the spelling of a misspelt word, else the text as written. */
        public String meant() {
            return spelling == null ? text() : spelling;
        }
    }

    public boolean isEmpty() {
        return clauses.stream().noneMatch(c -> !c.excluded());
    }

    /**
     * The query's positive text as meant, for synonym and concept expansion and "did you mean": a misspelt word's
     * spelling in its place, so that a rule of several words still matches ("bantuan pangan non tunia" → "… non tunai").
     */
    public String meantText() {
        return positiveText(clause -> clause.spelling() == null ? clause.alternatives() : List.of(clause.spelling()));
    }

    /** The query's positive text as typed, for recognising a region's name. */
    public String positiveText() {
        return positiveText(Clause::alternatives);
    }

    private String positiveText(Function<Clause, List<String>> texts) {
        StringBuilder text = new StringBuilder();
        for (Clause clause : clauses) {
            if (!clause.excluded()) {
                for (String alternative : texts.apply(clause)) {
                    text.append(text.isEmpty() ? "" : " ").append(alternative);
                }
            }
        }
        return text.toString();
    }
}
