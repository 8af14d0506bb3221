package id.lumbung.catalogue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.region.Region;
import id.lumbung.region.RegionService;
import id.lumbung.catalogue.InnovationParts.PublicContact;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the catalogue as NDJSON (the import format: an export imports again unchanged) or as CSV. */
@ApplicationScoped
public class InnovationExporter {

    private static final int BATCH = 500;

    @Inject
    ObjectMapper mapper;

    @Inject
    RegionService regions;

    /** One flat CSV row; lists are joined with "; ". */
    @JsonPropertyOrder({"slug", "name", "acronym", "region_code", "region_name", "province_name", "level", "year_started",
        "tahapan", "jenis", "bentuk", "urusan", "themes", "sdg_goals", "summary", "outcomes", "awards", "source_urls",
        "public_contact_unit", "public_contact_email", "public_contact_phone", "public_contact_website",
        "running_status", "last_confirmed_on", "status"})
    record CsvRow(String slug, String name, String acronym, String regionCode, String regionName, String provinceName,
            String level, Integer yearStarted, String tahapan, String jenis, String bentuk, String urusan,
            String themes, String sdgGoals, String summary, String outcomes, String awards, String sourceUrls,
            String publicContactUnit, String publicContactEmail, String publicContactPhone, String publicContactWebsite,
            String runningStatus, String lastConfirmedOn, String status) {
    }

    public void ndjson(Caller caller, PublicationStatus status, OutputStream out) throws IOException {
        forEachBatch(caller, status, batch -> {
            for (InnovationInput record : batch) {
                out.write(mapper.writeValueAsBytes(record));
                out.write('\n');
            }
        });
    }

    public void csv(Caller caller, PublicationStatus status, OutputStream out) throws IOException {
        // Quote only the values that need it (Jackson otherwise quotes every value over 24 characters).
        CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        csv.setPropertyNamingStrategy(mapper.getPropertyNamingStrategy());
        CsvSchema schema = csv.schemaFor(CsvRow.class).withHeader();
        try (SequenceWriter writer = csv.writer(schema).writeValues(out)) {
            forEachBatch(caller, status, batch -> {
                for (InnovationInput record : batch) {
                    writer.write(row(record));
                }
            });
        }
    }

    private static CsvRow row(InnovationInput i) {
        PublicContact contact = i.publicContact();
        return new CsvRow(i.slug(), i.name(), i.acronym(), i.regionCode(), i.regionName(), i.provinceName(),
                i.level().name(), i.yearStarted(), name(i.tahapan()), name(i.jenis()), name(i.bentuk()), i.urusan(),
                String.join("; ", i.themes()), i.sdgGoals().stream().map(String::valueOf).collect(Collectors.joining("; ")),
                i.summary(), i.outcomes(), i.awards().stream().map(InnovationParts.Award::name).collect(Collectors.joining("; ")),
                i.evidenceSources().stream().map(e -> e.url() != null ? e.url() : e.title()).collect(Collectors.joining("; ")),
                contact == null ? null : contact.unit(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(), contact == null ? null : contact.website(),
                name(i.runningStatus()), i.lastConfirmedOn() == null ? null : i.lastConfirmedOn().toString(), name(i.status()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    interface BatchWriter {
        void write(List<InnovationInput> batch) throws IOException;
    }

    /**
     * Pages through the visible innovations in slug order, so memory stays flat for a large catalogue. Each batch is
     * read in a transaction of its own and written after it has ended: a slow download holds no database connection
     * while the client reads.
     */
    private void forEachBatch(Caller caller, PublicationStatus requested, BatchWriter writer) throws IOException {
        PublicationStatus status = caller.staff() ? requested : PublicationStatus.published;
        FieldVisibility.Audience audience = FieldVisibility.audience(caller);
        String after = "";
        while (true) {
            String from = after;
            List<InnovationInput> batch = QuarkusTransaction.requiringNew().call(() -> read(from, status, audience));
            if (batch.isEmpty()) {
                return;
            }
            writer.write(batch);
            after = batch.getLast().slug();
        }
    }

    private List<InnovationInput> read(String after, PublicationStatus status, FieldVisibility.Audience audience) {
        List<Innovation> batch = status == null
                ? Innovation.<Innovation>find("slug > ?1", Sort.by("slug"), after).range(0, BATCH - 1).list()
                : Innovation.<Innovation>find("slug > ?1 and status = ?2", Sort.by("slug"), after, status)
                        .range(0, BATCH - 1).list();
        Map<String, Region> regionsByCode = regions.withProvinces(batch.stream().map(i -> i.regionCode).toList());
        return batch.stream().map(i -> InnovationViews.record(i, regionsByCode, audience)).toList();
    }
}
