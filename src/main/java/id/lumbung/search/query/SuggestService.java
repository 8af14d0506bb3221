package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.common.CacheHints;
import id.lumbung.region.RegionNames;
import id.lumbung.search.SearchConfig;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.analysis.RegionLexicon;
import id.lumbung.search.analysis.SearchVocabulary;
import id.lumbung.search.index.HitCard;
import id.lumbung.search.index.InnovationDocuments;
import id.lumbung.search.index.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Completion as the user types: innovations whose name or acronym has words starting with each word typed (looked
 * up by prefix in the index, so suggestions follow the index), and regions by name or alias (from the search
 * vocabulary, loaded at start and kept through database outages).
 */
@ApplicationScoped
public class SuggestService {

    private static final int MAX_PREFIX_WORDS = 6;

    @Inject
    SearchIndex index;

    @Inject
    SearchVocabulary vocabulary;

    @Inject
    SearchConfig config;


    public record Suggestion(String type, String text, String slug, String code, String detail) {
    }

    /** Suggestions, and whether the time limit cut the innovation look-up short. */
    public record Suggestions(List<Suggestion> suggestions, boolean partial) implements CacheHints {
    }

    public Suggestions suggest(String q, int limit) {
        List<String> words = IndonesianAnalysis.tokens(InnovationDocuments.suggestAnalyzer(), q == null ? "" : q);
        if (words.isEmpty()) {
            return new Suggestions(List.of(), false);
        }
        Suggestions found = innovations(words.subList(0, Math.min(words.size(), MAX_PREFIX_WORDS)), limit);
        List<Suggestion> suggestions = new ArrayList<>(found.suggestions());
        suggestions.addAll(regions(RegionNames.normalize(q), Math.max(2, limit / 3)));
        return new Suggestions(suggestions.size() > limit + 2 ? suggestions.subList(0, limit + 2) : suggestions,
                found.partial());
    }

    private Suggestions innovations(List<String> words, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new ConstantScoreQuery(new PrefixQuery(new Term(SUGGEST, word))), Occur.MUST);
        }
        query.add(FeatureField.newSaturationQuery(FEATURES, FEATURE_REPLICATIONS, 1f, 2f), Occur.SHOULD);
        try {
            Suggestions found = index.withSearcher(shared -> {
                IndexSearcher searcher = TimeLimit.searcher(shared, config.queryTimeout());
                TopDocs top = searcher.search(query.build(), limit);
                List<Suggestion> list = new ArrayList<>();
                for (HitCard card : HitCard.read(searcher.getIndexReader(), top.scoreDocs)) {
                    String acronym = card.acronym();
                    list.add(new Suggestion("innovation", acronym == null ? card.name() : acronym + " — " + card.name(),
                            card.slug(), null, card.regionName()));
                }
                return new Suggestions(list, searcher.timedOut());
            });
            return found == null ? new Suggestions(List.of(), false) : found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Suggestion> regions(String normalized, int limit) {
        if (normalized.length() < 2) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        for (RegionLexicon.Name name : vocabulary.current().regions().names()) {
            if (name.normalized().startsWith(normalized) || name.normalized().contains(" " + normalized)) {
                if (found.stream().noneMatch(s -> s.code().equals(name.place().code()))) {
                    found.add(new Suggestion("region", name.place().name(), null, name.place().code(), null));
                }
                if (found.size() >= limit) {
                    break;
                }
            }
        }
        return found;
    }
}
