package id.lumbung.search.analysis;

import id.lumbung.common.BackgroundExecutor;
import id.lumbung.common.BackgroundTask;
import id.lumbung.region.Region;
import id.lumbung.region.RegionAliasesChanged;
import id.lumbung.region.RegionRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The query-time vocabulary, built from the database and the curated files: region aliases (Kukar → Kutai
 * Kartanegara), each published innovation's acronym and name, the domain synonym list and the concept
 * thesaurus, plus the rules curators added; and the names of all provinces and kabupaten/kota. When any of these changes it is rebuilt in the background and
 * swapped in; queries never wait for it and no restart is needed.
 */
@ApplicationScoped
public class SearchVocabulary {

    private static final Logger LOG = Logger.getLogger(SearchVocabulary.class);
    static final String DOMAIN_FILE = "/search/domain-synonyms.txt";
    static final String THESAURUS_FILE = "/search/thesaurus.txt";
    static final String GLOSSARY_FILE = "/search/glossary.txt";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IndonesianAnalysis analysis;

    @Inject
    BackgroundExecutor executor;

    private volatile QueryAnalyzers current;
    private final CatalogueAbbreviations abbreviations = new CatalogueAbbreviations();
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final BackgroundTask backgroundRebuild = new BackgroundTask("rebuilding the search vocabulary", this::rebuild);

    /**
     * Built when the service starts, so no search waits for the database (and searches keep their synonyms when it
     * is away).
     */
    void onStart(@Observes StartupEvent event) {
        rebuild();
    }

    /** The analyzers for a query now; built at start (or by the first call, if that comes first). */
    public QueryAnalyzers current() {
        QueryAnalyzers analyzers = current;
        if (analyzers == null) {
            synchronized (this) {
                if (current == null) {
                    rebuild();
                }
                return current;
            }
        }
        if (stale.get()) {
            backgroundRebuild.request(executor);
        }
        return analyzers;
    }

    /** Region aliases are query-time synonyms. */
    void onRegionAliasesChanged(@Observes RegionAliasesChanged changed) {
        markStale();
    }

    /** Something the vocabulary is built from changed (an alias, an acronym, a curated rule). */
    public void markStale() {
        stale.set(true);
    }

    /** Rebuilds now, for changes a curator expects to see in the next query. */
    public synchronized void rebuild() {
        stale.set(false);
        SynonymRules synonyms = new SynonymRules().addAll(resourceLines(DOMAIN_FILE)).addAll(resourceLines(GLOSSARY_FILE));
        SynonymRules concepts = new SynonymRules().addAll(resourceLines(THESAURUS_FILE));
        RegionLexicon regions = current == null ? RegionLexicon.EMPTY : current.regions();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            regions = regions(connection);
            abbreviationRules(connection).forEach(rule -> synonyms.add(sanitize(rule)));
            addRows(statement, synonyms, ACRONYM_RULES);
            synonyms.addAll(abbreviations.definedIn(connection));
            addRows(statement, synonyms, "select rule from search_synonym where kind = 'padanan'");
            addRows(statement, concepts, "select rule from search_synonym where kind = 'tesaurus'");
        } catch (SQLException e) {
            stale.set(true);
            if (current != null) {
                // The database is away: the analyzers built from it last time are better than none of its rules.
                LOG.warn("Search vocabulary kept as it was; the database's rules could not be read: " + e);
                return;
            }
            LOG.warn("Search vocabulary built without the database's rules: " + e);
        }
        current = QueryAnalyzers.of(analysis, synonyms, concepts, regions);
    }

    /** Provinces and kabupaten/kota with every written form of their names; provinces first. */
    private static RegionLexicon regions(Connection connection) throws SQLException {
        List<RegionLexicon.Place> places = new ArrayList<>();
        Map<String, List<String>> names = new HashMap<>();
        for (RegionRows.Named named : RegionRows.named(connection)) {
            Region region = named.region();
            places.add(new RegionLexicon.Place(region.code, region.displayName(), region.type, region.provinceCode()));
            if (!named.normalizedNames().isEmpty()) {
                names.put(region.code, named.normalizedNames());
            }
        }
        return RegionLexicon.of(places, names);
    }

    /** "kukar => kukar, kutai kartanegara": an abbreviation also finds the name it stands for. */
    private static Set<String> abbreviationRules(Connection connection) throws SQLException {
        Set<String> rules = new LinkedHashSet<>();
        for (RegionRows.Abbreviation abbreviation : RegionRows.abbreviations(connection)) {
            String alias = abbreviation.alias().toLowerCase(Locale.ROOT);
            rules.add(alias + " => " + alias + ", " + abbreviation.shortName().toLowerCase(Locale.ROOT));
        }
        return rules;
    }

    /** "gertak, gerakan tengok bawah atasi masalah kemiskinan": an acronym and its name are one. */
    private static final String ACRONYM_RULES = """
            select distinct lower(replace(acronym, ',', ' ')) || ', ' || lower(replace(name, ',', ' ')) from innovation
            where status = 'published' and acronym is not null and lower(acronym) <> lower(name)
            """;

    private static void addRows(Statement statement, SynonymRules rules, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rules.add(sanitize(rs.getString(1)));
            }
        }
    }

    /** Names may hold characters that the rule syntax reads as escapes or comments. */
    private static String sanitize(String rule) {
        return rule.replace("\\", " ").replace("#", " ");
    }

    static List<String> resourceLines(String path) {
        try (InputStream in = SearchVocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
