package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.WORDS_EXACT;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.IndonesianDictionary;
import id.lumbung.search.analysis.RegionLexicon;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces words the catalogue does not contain with the closest words it does. A region's name or
 * abbreviation is never replaced (Kalbar is not a misspelt "keluar", whether or not the catalogue has an innovation
 * there), and a near spelling of one is corrected to it rather than to a common word.
 */
@ApplicationScoped
public class SpellingSuggester {

    /** Near spellings within the typo budget the search itself allows ({@link WordQueries#typoEdits}): one edit, two. */
    private final DirectSpellChecker[] checkers = {checker(1), checker(2)};

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        return checker;
    }

    /** The corrected query text, or null when every word is known or nothing close exists. */
    String suggest(IndexReader reader, UserQuery query, RegionLexicon regions) throws IOException {
        List<String> words = IndonesianAnalysis.tokens(IndonesianAnalysis.exact(), query.positiveText());
        List<String> corrected = new ArrayList<>(words.size());
        boolean changed = false;
        for (String word : words) {
            String replacement = word;
            int edits = WordQueries.typoEdits(word);
            String region = regions.isRegionWord(word) || IndonesianDictionary.isWord(word) ? null : regions.nearestWord(word);
            if (region != null && reader.docFreq(new Term(WORDS_EXACT, word)) == 0) {
                replacement = region;
                changed = true;
            } else if (edits > 0 && !IndonesianAnalysis.STOP_WORDS.contains(word)
                    && !regions.isRegionWord(word) && reader.docFreq(new Term(WORDS_EXACT, word)) == 0) {
                // A short word has too many neighbours two edits away ("omah", house in Javanese, is not "obat").
                SuggestWord[] suggestions = checkers[edits - 1].suggestSimilar(
                        new Term(WORDS_EXACT, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            corrected.add(replacement);
        }
        return changed ? String.join(" ", corrected) : null;
    }
}
