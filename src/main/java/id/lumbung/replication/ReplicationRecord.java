package id.lumbung.replication;

import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.region.RegionCode;
import id.lumbung.replication.ReplicationParts.Adaptation;
import id.lumbung.replication.ReplicationParts.LegalBasis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the replication NDJSON format: the fields of the source data's replications.jsonl (whose
 * {@code status} words 'studi-tiru' and 'direncanakan' are read too), plus the details and the dated history
 * Lumbung keeps, so an export imports back. The names (region, province) are informative; the codes decide.
 */
public record ReplicationRecord(
        @NotBlank @Size(max = 120) String sourceSlug,
        @Size(max = 300) String adopterRegionName,
        @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String adopterRegionCode,
        @Size(max = 300) String adopterProvinceName,
        @Size(max = 300) String adopterName,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as ID or PK") String adopterCountry,
        @Min(1945) @Max(2100) Integer year,
        @NotBlank String status,
        @PastOrPresent LocalDate date,
        @Size(max = 5000) String note,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> sourceUrls,
        @Size(max = 120) String learningEvent,
        @Size(max = 120) String derivedSlug,
        @Valid Adaptation adaptation,
        @Size(max = 50) List<@Valid @NotNull OutcomeIndicator> outcomes,
        @Size(max = 50) List<@Valid @NotNull EvidenceSource> evidence,
        @Valid LegalBasis legalBasis,
        @Size(max = 100) List<@Valid @NotNull Step> history) {

    /** One recorded step of the history; {@code recorded_by} is informative (an import records its own user). */
    public record Step(@NotBlank String status, @PastOrPresent LocalDate date, @Size(max = 5000) String note,
            @Size(max = 100) String recordedBy) {
    }

    /**
     * The record as a new replication at its first step: the first history step when the line has a
     * history, else the line's status.
     *
     * @throws IllegalArgumentException when a status word is unknown
     */
    public ReplicationInput toInput() {
        Step first = history == null || history.isEmpty() ? null : history.getFirst();
        return new ReplicationInput(sourceSlug, adopterRegionCode, adopterName, adopterCountry,
                ReplicationStatus.parse(first == null ? status : first.status()), first == null ? date : first.date(),
                year, learningEvent, derivedSlug, note, sourceUrls, adaptation, outcomes,
                evidence, legalBasis);
    }

    /** The note of the first step: the first history step's, else the line's note. */
    public String firstStepNote() {
        return history == null || history.isEmpty() ? note : history.getFirst().note();
    }

    /** The steps after the first, as transitions (empty without a history). */
    public List<TransitionInput> laterSteps() {
        if (history == null || history.size() < 2) {
            return List.of();
        }
        return history.subList(1, history.size()).stream()
                .map(s -> new TransitionInput(ReplicationStatus.parse(s.status()), s.date(), s.note())).toList();
    }
}
