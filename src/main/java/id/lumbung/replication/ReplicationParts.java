package id.lumbung.replication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The structured parts of a replication record, stored as JSON columns and given to the API as they are. */
public final class ReplicationParts {

    private ReplicationParts() {
    }

    /** The "modifikasi": what the adopter kept, changed and dropped of the source innovation, and why. */
    public record Adaptation(
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> kept,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> changed,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> dropped,
            @Size(max = 5000) String rationale) {
    }

    /** The adopter's regulation, e.g. {@code kind} "Perbup", {@code number} "12", {@code year} 2023. */
    public record LegalBasis(
            @NotBlank @Size(max = 60) String kind,
            @Size(max = 60) String number,
            @Min(1945) @Max(2100) Integer year,
            @Size(max = 500) String title,
            @Size(max = 2000) String url) {
    }
}
