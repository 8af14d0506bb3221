package id.lumbung.replication;

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
 * ({@code adopter_region_code}) or another body ({@code adopter_name} and {@code adopter_country}).
 */
public record ReplicationInput(
        @NotBlank @Size(max = 120) String sourceSlug,
        @Pattern(regexp = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?", message = "must be a Kemendagri code like 61 or 61.04") String adopterRegionCode,
        @Size(max = 300) String adopterName,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code such as ID or PK") String adopterCountry,
        @NotNull ReplicationStatus status,
        /** When the adopter reached {@code status}; defaults to unknown. */
        @PastOrPresent LocalDate date,
        @Min(1945) @Max(2100) Integer year,
        @Size(max = 120) String learningEvent,
        @Size(max = 120) String derivedSlug,
        @Size(max = 5000) String notes,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> sourceUrls) {
}
