package id.lumbung.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings a query word to the form in which the synonym rules write it, when only another form of it is written there:
 * rules list "loan" and "farmer", "pantau" and "kerja", and a user types "loans", "farmers", "memantau", "pekerjaan".
 * A word a rule contains is left alone; otherwise the first of its English base forms (plural, -ing, -ed) or of its
 * nasal-assimilation forms that the rules contain replaces it. Runs before the synonym step of the query chains, so
 * each rule matches the regular forms of its words. (Mapping any word to a rule word with the same Indonesian stem
 * was tried and dropped: derivation changes meaning, "membantu" (to help) is not "bantuan" (social aid).)
 */
final class RuleWordFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Set<String> ruleWords;

    RuleWordFilter(TokenStream input, Set<String> ruleWords) {
        super(input);
        this.ruleWords = ruleWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (word.length() >= 4 && !ruleWords.contains(word) && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            String ruleWord = ruleWordFor(word);
            if (ruleWord != null) {
                term.setEmpty().append(ruleWord);
            }
        }
        return true;
    }

    private String ruleWordFor(String word) {
        for (String form : englishBaseForms(word)) {
            if (ruleWords.contains(form)) {
                return form;
            }
        }
        for (String form : IndonesianMorphology.nasalVariants(word)) {
            if (ruleWords.contains(form)) {
                return form;
            }
        }
        return null;
    }

    /** Regular English base forms: farmers → farmer, communities → community, farming → farm, funded → fund, fund. */
    static List<String> englishBaseForms(String word) {
        List<String> forms = new ArrayList<>();
        if (word.endsWith("ies")) {
            forms.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        for (String suffix : new String[] {"ing", "ed"}) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                String stem = word.substring(0, word.length() - suffix.length());
                forms.add(stem);
                forms.add(stem + "e");
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    forms.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return forms;
    }
}
