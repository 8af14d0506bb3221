package id.lumbung.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.bench.RelevanceMetrics.Judged;
import id.lumbung.bench.RelevanceMetrics.Scored;
import id.lumbung.bench.RelevanceMetrics.Scores;
import id.lumbung.bench.RelevanceMetrics.Summary;
import id.lumbung.search.analysis.IndonesianAnalysis;
import id.lumbung.testing.Api;
import id.lumbung.testing.DemoCatalogue;
import id.lumbung.testing.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * Relevance on the development set (src/test/resources/eval/dev-queries.jsonl, a copy of shared/eval), split into
 * the half that is tuned on (d01–d15) and the half that checks (d16–d30), and on a held-out set when one is given,
 * for Lumbung's search API and, in the same run on the same catalogue, two baselines: Lucene with StandardAnalyzer
 * BM25 on the same fields, and PostgreSQL full-text search ('indonesian', GIN, ts_rank, OR of the query's lexemes).
 * Prints the figures; run with {@code ./mvnw verify -Prelevance}.
 *
 * <p>The held-out set is read from {@code -Deval.holdout=PATH}, else from src/test/resources/eval/holdout-queries.jsonl
 * when present. Only its aggregates are printed (means and nDCG@10 per type), never a query or a per-query result,
 * so that nobody tunes on it by looking.
 *
 * <p>The tuning set (src/test/resources/eval/tuning-queries.jsonl, or {@code -Deval.tuning=PATH}) is a second judged set
 * that is meant to be tuned on: 64 queries of the held-out kinds, written from the catalogue by someone who had not seen
 * the engine. {@code -Drelevance.verbose} prints its queries one by one, with the tuned half of the development set.
 * The tuned queries are also run with one made-up slip each ({@link TypoVariants}), for the typo figures.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RelevanceEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLDOUT_RESOURCE = "/eval/holdout-queries.jsonl";
    private static final String TUNING_RESOURCE = "/eval/tuning-queries.jsonl";
    /** The last development query of the half that is tuned on. */
    private static final String LAST_TUNED = "d15";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndonesianAnalysis analysis;

    @Test
    void printRelevanceFigures() throws Exception {
        DemoCatalogue.ensurePublished();
        List<Judged> dev = queries(DemoCatalogue.resource("/eval/dev-queries.jsonl"));
        List<Judged> holdout = queries("eval.holdout", HOLDOUT_RESOURCE);
        List<Judged> tuning = queries("eval.tuning", TUNING_RESOURCE);
        List<String> lines = new ArrayList<>();
        lines.addAll(report("Lumbung (" + analysis.stemmer() + " stemmer)", dev, holdout, tuning, this::lumbung));
        try (StandardBm25 lucene = new StandardBm25(Path.of("target", "bench-standard-bm25"))) {
            lines.addAll(report("Lucene StandardAnalyzer BM25", dev, holdout, tuning, lucene::search));
        }
        createFtsIndex();
        lines.addAll(report("PostgreSQL FTS (indonesian)", dev, holdout, tuning, this::postgres));
        System.out.println("\n=== Relevance: development set (" + dev.size() + " queries; tuned on d01-" + LAST_TUNED
                + ", checked on the rest)" + (holdout.isEmpty() ? ", no held-out set"
                : " and held-out set (" + holdout.size() + " queries, aggregates only)")
                + (tuning.isEmpty() ? "" : ", tuning set (" + tuning.size() + " queries)") + " ===");
        lines.forEach(System.out::println);
        System.out.println("\n=== Typos: the tuned queries (d01-" + LAST_TUNED + " and the tuning set) with one slip each ===");
        List<Judged> tuned = new ArrayList<>(dev.stream().filter(RelevanceEvaluation::tuned).toList());
        tuned.addAll(tuning);
        for (TypoVariants.Kind kind : TypoVariants.Kind.values()) {
            System.out.println(TypoVariants.line(kind, tuned, this::lumbung));
        }
        String verbose = System.getProperty("relevance.verbose");
        if (verbose != null) {
            // The tuned half only (-Drelevance.verbose=all: every development query); the held-out set never.
            List<Judged> shown = new ArrayList<>(dev.stream().filter(q -> "all".equals(verbose) || tuned(q)).toList());
            shown.addAll(tuning);
            for (Judged q : shown) {
                List<String> ranked = lumbung(q.query());
                Scores s = RelevanceMetrics.score(q, ranked);
                System.out.printf("%s %.2f r%.2f %-50s %s%n", q.id(), s.ndcg10(), s.recall20(), q.query(),
                        ranked.subList(0, Math.min(5, ranked.size())));
            }
        }
    }

    /** A search engine under evaluation: the slugs it ranks for a query, best first. */
    interface Engine {
        List<String> search(String query) throws Exception;
    }

    /** The lines of one system: the two halves of the development set, all of it, and the held-out aggregates. */
    private static List<String> report(String system, List<Judged> dev, List<Judged> holdout, List<Judged> tuning,
            Engine engine) throws Exception {
        List<Scored> devScores = run(dev, engine);
        List<String> lines = new ArrayList<>();
        lines.add(Summary.of(devScores, RelevanceEvaluation::tuned).line(system, "dev d01-" + LAST_TUNED));
        lines.add(Summary.of(devScores, q -> !tuned(q)).line("", "dev d16-d30"));
        lines.add(Summary.of(devScores).line("", "dev all"));
        if (!holdout.isEmpty()) {
            lines.add(Summary.of(run(holdout, engine)).line("", "held-out"));
        }
        if (!tuning.isEmpty()) {
            lines.add(Summary.of(run(tuning, engine)).line("", "tuning set"));
        }
        return lines;
    }

    private static boolean tuned(Judged q) {
        return q.id().compareTo(LAST_TUNED) <= 0;
    }

    private static List<Scored> run(List<Judged> queries, Engine engine) throws Exception {
        List<Scored> scores = new ArrayList<>();
        for (Judged q : queries) {
            scores.add(new Scored(q, RelevanceMetrics.score(q, engine.search(q.query()))));
        }
        return scores;
    }

    private List<String> lumbung(String query) {
        return Api.anonymous().queryParam("q", query).queryParam("limit", 20).get("/api/v1/search")
                .then().statusCode(200).extract().path("hits.slug");
    }

    /** A judged set: from the file the system property names, else the bundled resource when there is one, else none. */
    private static List<Judged> queries(String property, String resource) throws IOException {
        String path = System.getProperty(property);
        if (path != null && !path.isBlank()) {
            return queries(Files.readString(Path.of(path)));
        }
        return RelevanceEvaluation.class.getResource(resource) == null ? List.of() : queries(DemoCatalogue.resource(resource));
    }

    static List<Judged> queries(String jsonLines) throws IOException {
        List<Judged> queries = new ArrayList<>();
        for (String line : jsonLines.lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode node = JSON.readTree(line);
            Map<String, Integer> grades = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.get("judgements").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                grades.put(e.getKey(), e.getValue().asInt());
            }
            queries.add(new Judged(node.get("id").asText(), node.get("query").asText(), node.get("type").asText(), grades));
        }
        return queries;
    }

    private static final String FTS_DOCUMENT = "to_tsvector('indonesian', i.name || ' ' || coalesce(i.acronym, '') || ' ' "
            + "|| i.summary || ' ' || coalesce(i.outcomes, ''))";

    private void createFtsIndex() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create index if not exists bench_fts on innovation using gin (" + FTS_DOCUMENT.replace("i.", "") + ")");
        }
    }

    private List<String> postgres(String query) throws SQLException {
        String sql = "with q as (select to_tsquery('indonesian', coalesce(string_agg(lexeme, ' | '), '')) as tsq "
                + "from unnest(to_tsvector('indonesian', ?))) "
                + "select i.slug from innovation i, q where i.status = 'published' and " + FTS_DOCUMENT + " @@ q.tsq "
                + "order by ts_rank(" + FTS_DOCUMENT + ", q.tsq) desc, i.slug limit 20";
        List<String> slugs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    slugs.add(rs.getString(1));
                }
            }
        }
        return slugs;
    }

    /** The naive baseline: StandardAnalyzer, BM25, OR of the query's terms over the same fields. */
    static final class StandardBm25 implements AutoCloseable {
        private static final String[] FIELDS = {"name", "acronym", "aliases", "summary", "outcomes", "region", "themes"};
        private final Analyzer analyzer = new StandardAnalyzer();
        private final FSDirectory directory;
        private final DirectoryReader reader;

        StandardBm25(Path path) throws IOException {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (String line : DemoCatalogue.resource("/demo/innovations.jsonl").lines().filter(l -> !l.isBlank()).toList()) {
                    JsonNode n = JSON.readTree(line);
                    Document doc = new Document();
                    doc.add(new StringField("slug", n.get("slug").asText(), Field.Store.YES));
                    add(doc, "name", n.get("name"));
                    add(doc, "acronym", n.get("acronym"));
                    add(doc, "aliases", n.get("aliases"));
                    add(doc, "summary", n.get("summary"));
                    add(doc, "outcomes", n.get("outcomes"));
                    add(doc, "region", n.get("region_name"));
                    add(doc, "region", n.get("province_name"));
                    add(doc, "themes", n.get("themes"));
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
        }

        private static void add(Document doc, String field, JsonNode value) {
            if (value == null || value.isNull()) {
                return;
            }
            if (value.isArray()) {
                value.forEach(v -> doc.add(new TextField(field, v.asText(), Field.Store.NO)));
            } else {
                doc.add(new TextField(field, value.asText(), Field.Store.NO));
            }
        }

        List<String> search(String query) throws IOException {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            try (TokenStream ts = analyzer.tokenStream("", query)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    for (String field : FIELDS) {
                        q.add(new TermQuery(new Term(field, term.toString())), Occur.SHOULD);
                    }
                }
                ts.end();
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String> slugs = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), 20).scoreDocs) {
                slugs.add(searcher.storedFields().document(sd.doc).get("slug"));
            }
            return slugs;
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }
}
