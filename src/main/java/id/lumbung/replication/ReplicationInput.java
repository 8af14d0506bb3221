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
 * A new replication: the source innovation and its adopter, either an Indonesian region
 * ({@code adopter_region_code}) or another body ({@code adopter_name} and {@code adopter_country}), with the
 * status it has reached. {@code source_urls} (the source data's plain links) become unverified evidence.
 */
public record ReplicationInput(
        @NotBlank @Size(max = 120) String sourceSlug,
        @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String adopterRegionCode,
        @Size(max = 300) String adopterName,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as ID or PK") String adopterCountry,
        @NotNull ReplicationStatus status,
        /** When the adopter reached {@code status}; defaults to unknown. */
        @PastOrPresent LocalDate date,
        @Min(1945) @Max(2100) Integer year,
        @Size(max = 120) String learningEvent,
        @Size(max = 120) String derivedSlug,
        @Size(max = 5000) String notes,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> sourceUrls,
        @Valid Adaptation adaptation,
        @Size(max = 50) List<@Valid @NotNull OutcomeIndicator> outcomes,
        @Size(max = 50) List<@Valid @NotNull EvidenceSource> evidence,
        @Valid LegalBasis legalBasis) {

    /** The details a later edit may change; the status moves only through transitions. */
    public ReplicationDetails details() {
        return new ReplicationDetails(year, learningEvent, derivedSlug, notes, adaptation, outcomes, evidence, legalBasis);
    }
}
