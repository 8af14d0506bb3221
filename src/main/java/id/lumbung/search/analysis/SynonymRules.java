package id.lumbung.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Synonym rules in the Solr format: {@code a, b, c} (all equivalent) or {@code a, b => c, d} (one-way). Rules
 * are read with the chain that runs before the synonym step, so "Usaha Mikro Kecil dan Menengah" matches
 * what a query turns into. A rule that reads as nothing (only stop words) is skipped, not fatal.
 */
public final class SynonymRules {

    private final List<String> rules = new ArrayList<>();

    public SynonymRules add(String rule) {
        String trimmed = rule.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
            rules.add(trimmed);
        }
        return this;
    }

    public SynonymRules addAll(Iterable<String> more) {
        more.forEach(this::add);
        return this;
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
            parser.parse(new StringReader(rule));
            return null;
        } catch (ParseException | IllegalArgumentException e) {
            return e.getMessage() == null ? "not a synonym rule" : e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
