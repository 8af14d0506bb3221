package id.lumbung.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.catalogue.InnovationImporter;
import id.lumbung.catalogue.InnovationImporter.ImportReport;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.learning.LearningEventInput;
import id.lumbung.learning.LearningEventService;
import id.lumbung.region.AreaDataImporter;
import id.lumbung.region.IndicatorRecord;
import id.lumbung.region.RegionService;
import id.lumbung.replication.ReplicationImporter;
import id.lumbung.database.FirstStartWork;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Loads the bundled demo catalogue (the project's researched dataset) on the first start with an empty
 * catalogue, as published entries, so a new user sees a living catalogue at once. One transaction: a
 * failed load leaves nothing behind and is tried again at the next start. Runs under the first-start lock
 * ({@link FirstStartWork}): of several nodes starting together on an empty database, one loads and the others find
 * the catalogue loaded.
 */
@ApplicationScoped
public class DemoCatalogueLoader {

    private static final Logger LOG = Logger.getLogger(DemoCatalogueLoader.class);
    private static final Pattern REGION_CODE = Pattern.compile("\"(?:region_code|adopter_region_code)\": \"([0-9.]+)\"");

    @Inject
    DemoDataConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    AreaDataImporter areaData;

    @Inject
    InnovationImporter innovations;

    @Inject
    LearningEventService learningEvents;

    @Inject
    ReplicationImporter replications;

    @Inject
    RegionService regions;

    void onFirstStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) FirstStartWork work) {
        if (config.enabled() && Innovation.count() == 0) {
            QuarkusTransaction.requiringNew().run(this::load);
        }
    }

    private void load() {
        Set<String> smallRegions = kecamatanAndDesaCodes();
        areaData.importBundled("districts.csv", code -> smallRegions.stream().anyMatch(c -> c.equals(code) || c.startsWith(code + ".")));
        areaData.importBundled("villages.csv", smallRegions::contains);
        ImportReport report = innovations.importNdjson(resource("innovations.jsonl"), false, true, PublicationStatus.published,
                Caller.SYSTEM);
        for (String line : lines("learning_events.jsonl")) {
            learningEvents.put(read(line, LearningEventInput.class), Caller.SYSTEM);
        }
        ReplicationImporter.ImportReport replicationReport = replications.importNdjson(resource("replications.jsonl"), false,
                Caller.SYSTEM);
        List<String> indicatorLines = lines("region_stats.jsonl");
        for (String line : indicatorLines) {
            IndicatorRecord stat = read(line, IndicatorRecord.class);
            regions.putIndicator(stat.regionCode(), stat.indicator(), stat.period(), stat.value(), stat.sourceUrl());
        }
        LOG.infof("Demo catalogue loaded: %d innovations, %d replications, %d indicator values",
                report.created(), replicationReport.created(), indicatorLines.size());
    }

    /** Kecamatan and desa named by the demo data: idn-area-data rows to import beside the preloaded tiers. */
    private Set<String> kecamatanAndDesaCodes() {
        Set<String> codes = new TreeSet<>();
        for (String file : List.of("innovations.jsonl", "replications.jsonl")) {
            for (String line : lines(file)) {
                var matcher = REGION_CODE.matcher(line);
                while (matcher.find()) {
                    if (matcher.group(1).length() > 5) {
                        codes.add(matcher.group(1));
                    }
                }
            }
        }
        return codes;
    }

    private <T> T read(String line, Class<T> type) {
        try {
            return mapper.readValue(line, type);
        } catch (IOException e) {
            throw new IllegalStateException("Bundled demo data does not match " + type.getSimpleName(), e);
        }
    }

    private List<String> lines(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = DemoCatalogueLoader.class.getResourceAsStream("/demo/" + file);
        if (in == null) {
            throw new IllegalStateException("Bundled demo file missing: " + file);
        }
        return in;
    }
}
