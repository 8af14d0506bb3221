package id.lumbung.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Synonym rules in the Solr format: {@code a, b, c} (all equivalent) or {@code a, b => c, d} (one-way). Rules
 * are read with the chain that runs before the synonym step, so "Usaha Mikro Kecil dan Menengah" matches
 * what a query turns into. Stop words are taken out of each term first ("rumah tidak layak huni" is read as
 * "rumah layak huni"): Lucene refuses a term with a gap where a stop word was, and the synonym step, which runs after
 * the query's stop words are gone, matches the remaining words in a row. A rule that reads as nothing (only stop
 * words) is skipped, not fatal.
 */
public final class SynonymRules {

    private final List<String> rules = new ArrayList<>();

    public SynonymRules add(String rule) {
        String trimmed = rule.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            rules.add(withoutStopWords(trimmed));
        }
        return this;
    }

    /** The rule with the stop words taken out of each of its terms; a term of stop words only is left out. */
    static String withoutStopWords(String rule) {
        Analyzer reader = IndonesianAnalysis.ruleReader();
        String[] sides = rule.split("=>", -1);
        if (sides.length > 2) {
            return rule;
        }
        List<String> rewritten = new ArrayList<>();
        for (String side : sides) {
            List<String> terms = new ArrayList<>();
            for (String term : side.split(",")) {
                List<String> words = IndonesianAnalysis.tokens(reader, term);
                if (!words.isEmpty()) {
                    terms.add(String.join(" ", words));
                }
            }
            if (terms.isEmpty()) {
                return rule;
            }
            rewritten.add(String.join(", ", terms));
        }
        return String.join(" => ", rewritten);
    }

    public SynonymRules addAll(Iterable<String> more) {
        more.forEach(this::add);
        return this;
    }

    /**
     * The rules as the query chains use them: the synonym map and the words the rules match on.
     */
    public record Built(SynonymMap map, Set<String> words) {
    }

    public Built built() {
        Set<String> words = new HashSet<>();
        Analyzer reader = IndonesianAnalysis.ruleReader();
        for (String rule : rules) {
            // The words a rule matches: its left side ("a, b => c"), or all of an equivalence ("a, b, c").
            String matched = rule.contains("=>") ? rule.substring(0, rule.indexOf("=>")) : rule;
            for (String alternative : matched.split(",")) {
                words.addAll(IndonesianAnalysis.tokens(reader, alternative));
            }
        }
        return new Built(build(), Set.copyOf(words));
    }

    public SynonymMap build() {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, IndonesianAnalysis.ruleReader());
        for (String rule : rules) {
            try {
                parser.parse(new StringReader(rule));
            } catch (ParseException | IllegalArgumentException e) {
                // A rule of stop words only, or malformed: it cannot expand anything.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one rule the way {@link #build()} will read it; returns the reason it is unusable, or null. */
    public static String problemWith(String rule) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, IndonesianAnalysis.ruleReader());
        try {
            parser.parse(new StringReader(withoutStopWords(rule)));
            return null;
        } catch (ParseException | IllegalArgumentException e) {
            return e.getMessage() == null ? "not a synonym rule" : e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
