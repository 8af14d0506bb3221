package id.lumbung.replication;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.lumbung.access.Caller;
import id.lumbung.catalogue.Innovation;
import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.learning.LearningEvent;
import id.lumbung.region.Region;
import id.lumbung.replication.ReplicationParts.LegalBasis;
import id.lumbung.catalogue.FieldVisibility;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes replications as NDJSON (the import format, with the dated history: an export imports back) or as
 * flat CSV for spreadsheets. Anonymous callers get the public replications only ({@link ReplicationVisibility}).
 */
@ApplicationScoped
public class ReplicationExporter {

    private static final int BATCH = 500;

    @Inject
    ObjectMapper mapper;

    @JsonPropertyOrder({"id", "source_slug", "source_name", "adopter_region_code", "adopter_name", "adopter_province_code",
        "adopter_country", "status", "status_since", "year", "learning_event", "derived_slug", "notes", "kept", "changed",
        "dropped", "legal_basis", "evidence_urls", "steps"})
    record CsvRow(long id, String sourceSlug, String sourceName, String adopterRegionCode, String adopterName,
            String adopterProvinceCode, String adopterCountry, String status, String statusSince, Integer year,
            String learningEvent, String derivedSlug, String notes, String kept, String changed, String dropped,
            String legalBasis, String evidenceUrls, int steps) {
    }

    public void ndjson(Caller caller, OutputStream out) throws IOException {
        forEachBatch(caller, r -> record(r, caller), batch -> {
            for (ReplicationRecord record : batch) {
                out.write(mapper.writeValueAsBytes(record));
                out.write('\n');
            }
        });
    }

    public void csv(Caller caller, OutputStream out) throws IOException {
        // Quote only the values that need it (Jackson otherwise quotes every value over 24 characters).
        CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        csv.setPropertyNamingStrategy(mapper.getPropertyNamingStrategy());
        try (SequenceWriter writer = csv.writer(csv.schemaFor(CsvRow.class).withHeader()).writeValues(out)) {
            forEachBatch(caller, r -> row(r, caller), batch -> {
                for (CsvRow row : batch) {
                    writer.write(row);
                }
            });
        }
    }

    private static ReplicationRecord record(Replication r, Caller caller) {
        Innovation source = Innovation.findById(r.sourceInnovationId);
        Region region = r.adopterRegionCode == null ? null : Region.findById(r.adopterRegionCode);
        Region province = r.adopterRegionCode == null ? null : Region.findById(r.adopterRegionCode.substring(0, 2));
        List<ReplicationRecord.Step> history = r.history.stream()
                .map(c -> new ReplicationRecord.Step(c.status.name(), c.occurredOn, c.note,
                        FieldVisibility.recordedBy(c.recordedBy, FieldVisibility.audience(caller)))).toList();
        return new ReplicationRecord(source.slug, region == null ? null : region.displayName(), r.adopterRegionCode,
                province == null ? null : province.name, r.adopterName, r.adopterCountry, r.year, r.status.name(),
                r.history.isEmpty() ? null : r.history.getLast().occurredOn, r.notes, null, eventSlug(r), derivedSlug(r, caller),
                r.adaptation, List.copyOf(r.outcomes), List.copyOf(r.evidence), r.legalBasis, history);
    }

    private static CsvRow row(Replication r, Caller caller) {
        Innovation source = Innovation.findById(r.sourceInnovationId);
        var adaptation = r.adaptation;
        return new CsvRow(r.id, source.slug, source.name, r.adopterRegionCode, ReplicationPresenter.adopter(r).name(),
                r.adopterRegionCode == null ? null : r.adopterRegionCode.substring(0, 2), r.adopterCountry, r.status.name(),
                Objects.toString(r.statusSince, null), r.year, eventSlug(r), derivedSlug(r, caller), r.notes,
                adaptation == null ? null : joined(adaptation.kept()), adaptation == null ? null : joined(adaptation.changed()),
                adaptation == null ? null : joined(adaptation.dropped()), legalBasis(r.legalBasis),
                joined(r.evidence.stream().map(EvidenceSource::url).filter(Objects::nonNull).toList()), r.history.size());
    }

    private static String legalBasis(LegalBasis basis) {
        if (basis == null) {
            return null;
        }
        return Stream.of(basis.kind(), basis.number() == null ? null : "Nomor " + basis.number(),
                        basis.year() == null ? null : "Tahun " + basis.year(), basis.title())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join("; ", values);
    }

    private static String eventSlug(Replication r) {
        LearningEvent event = r.learningEventId == null ? null : LearningEvent.findById(r.learningEventId);
        return event == null ? null : event.slug;
    }

    private static String derivedSlug(Replication r, Caller caller) {
        Innovation derived = r.derivedInnovationId == null ? null : Innovation.findById(r.derivedInnovationId);
        return ReplicationPresenter.visible(derived, caller) ? derived.slug : null;
    }

    interface BatchWriter<T> {
        void write(List<T> batch) throws IOException;
    }

    /**
     * Pages through the visible replications in id order. Each batch is read and turned into output values in a
     * transaction of its own and written after it has ended, so a slow download holds no database connection.
     */
    private static <T> void forEachBatch(Caller caller, Function<Replication, T> convert, BatchWriter<T> writer)
            throws IOException {
        String visible = " and " + ReplicationVisibility.jpql(caller);
        long after = 0;
        while (true) {
            long from = after;
            List<Replication> read = new ArrayList<>();
            List<T> batch = QuarkusTransaction.requiringNew().call(() -> {
                read.addAll(Replication.<Replication>find("id > ?1" + visible, Sort.by("id"), from).range(0, BATCH - 1).list());
                return read.stream().map(convert).toList();
            });
            if (batch.isEmpty()) {
                return;
            }
            writer.write(batch);
            after = read.getLast().id;
        }
    }
}
