package id.lumbung.search.query;

import static id.lumbung.search.index.SearchFields.*;

import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.search.index.HitCard;
import id.lumbung.search.index.InnovationDocuments;
import id.lumbung.search.query.SearchResult.Hit;
import id.lumbung.search.query.SearchResult.Place;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Reads a page of hits from the index's hit cards (no database round trip) and marks the query's
 * terms in snippets. Snippet text is HTML-escaped; only the {@code <mark>} tags are markup.
 */
@ApplicationScoped
public class HitReader {

    private static final String[] HIGHLIGHTED = TextQueryBuilder.HIGHLIGHTED_FIELDS.toArray(String[]::new);
    private static final int[] PASSAGES = {1, 2, 1, 1, 2, 1};
    private static final int EXCERPT_LENGTH = 240;
    private static final LeanPassageScorer PASSAGE_SCORER = new LeanPassageScorer();
    private final Analyzer indexAnalyzer;

    @Inject
    HitReader(IndonesianAnalysis analysis) {
        indexAnalyzer = InnovationDocuments.indexAnalyzer(analysis);
    }

    List<Hit> read(IndexSearcher searcher, TopDocs topDocs, Query text) throws IOException {
        HitCard[] cards = HitCard.read(searcher.getIndexReader(), topDocs.scoreDocs);
        Map<Integer, HitCard> byDoc = new HashMap<>();
        for (int i = 0; i < cards.length; i++) {
            byDoc.put(topDocs.scoreDocs[i].doc, cards[i]);
        }
        Map<String, String[]> snippets = text == null || cards.length == 0 ? Map.of()
                : new LoadedTextHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withScorer(PASSAGE_SCORER)
                        .withMaxLength(10_000)
                        .withWeightMatches(false)
                        // Word queries are marked by filtering the texts' tokens; a memory index of each text would
                        // be needed only to weigh passages by the words' frequencies (and for phrases, which it gets).
                        .withPassageRelevancyOverSpeed(false), byDoc)
                        .highlightFields(HIGHLIGHTED, text, topDocs, PASSAGES);
        List<Hit> hits = new ArrayList<>(cards.length);
        for (int i = 0; i < cards.length; i++) {
            HitCard card = cards[i];
            Map<String, String> highlights = new LinkedHashMap<>();
            for (String field : HIGHLIGHTED) {
                String[] forField = snippets.get(field);
                if (forField != null && forField[i] != null && forField[i].contains("<mark>")) {
                    highlights.put(field, forField[i]);
                }
            }
            hits.add(new Hit(card.slug(), card.name(), card.acronym(), excerpt(card.summary()),
                    place(card.regionCode(), card.regionName()), place(card.provinceCode(), card.provinceName()),
                    card.themes(), card.tahapan(), card.year(), card.replicationCount(), card.bestReplicationStatus(),
                    card.runningStatus(), score(topDocs.scoreDocs[i]), highlights, card.nameEn(), excerpt(card.summaryEn())));
        }
        return hits;
    }

    /**
     * A highlighter that takes the texts from the hits' cards already read. The highlighted fields are not indexed
     * under their own names: their words are found by analysing the few texts shown again, rather than by merging the
     * field infos of every segment as the default highlighter does (measured: docs/benchmarks.md, performance diary).
     */
    private static final class LoadedTextHighlighter extends UnifiedHighlighter {

        private final Map<Integer, HitCard> cards;

        LoadedTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, HitCard> cards) {
            super(builder);
            this.cards = cards;
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                HitCard card = cards.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    String value = card == null ? null : card.text(fields[i]);
                    texts[i] = value == null ? "" : value;
                }
                values.add(texts);
            }
            return values;
        }
    }

    /** The start of the summary, cut at a word, for result lists that show no highlight. */
    static String excerpt(String summary) {
        if (summary == null || summary.length() <= EXCERPT_LENGTH) {
            return summary;
        }
        int cut = summary.lastIndexOf(' ', EXCERPT_LENGTH);
        return summary.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + " …";
    }

    private static float score(ScoreDoc doc) {
        if (doc instanceof FieldDoc fieldDoc && Float.isNaN(fieldDoc.score)) {
            return 0f;
        }
        return doc.score;
    }

    private static Place place(String code, String name) {
        return code == null && name == null ? null : new Place(code, name);
    }
}
