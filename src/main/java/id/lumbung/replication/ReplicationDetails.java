package id.lumbung.replication;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.replication.ReplicationParts.Adaptation;
import id.lumbung.replication.ReplicationParts.LegalBasis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The editable details of a replication ({@code PUT /api/v1/replications/{id}}): everything except the
 * source, the adopter and the status, which moves only through transitions. Absent fields are cleared. The read-only
 * fields of {@link ReplicationViews.ReplicationView} are accepted and ignored, so that a GET's body can be PUT back.
 */
@JsonIgnoreProperties({"id", "source", "adopter", "derived", "status", "status_since", "allowed_next", "history",
    "publication", "created_at", "updated_at", "version"})
public record ReplicationDetails(
        @Min(1945) @Max(2100) Integer year,
        @Size(max = 120) String learningEvent,
        @Size(max = 120) String derivedSlug,
        @Size(max = 5000) String notes,
        @Valid Adaptation adaptation,
        @Size(max = 50) List<@Valid @NotNull OutcomeIndicator> outcomes,
        @Size(max = 50) List<@Valid @NotNull EvidenceSource> evidence,
        @Valid LegalBasis legalBasis) {
}
