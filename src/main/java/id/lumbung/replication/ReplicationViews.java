package id.lumbung.replication;

import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.replication.ReplicationParts.Adaptation;
import id.lumbung.replication.ReplicationParts.LegalBasis;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** The JSON shapes of replications. */
public final class ReplicationViews {

    private ReplicationViews() {
    }

    public record InnovationRef(String slug, String name, String regionCode, String nameEn) {
    }

    public record Adopter(String regionCode, String name, String country) {
    }

    public record StatusChangeView(ReplicationStatus status, LocalDate date, String note, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    /**
     * A replication with its history. {@code allowed_next} lists the stages a transition may move to;
     * {@code status_since} is the date of the latest step; {@code publication} is its review state (the public sees
     * published ones only). The fields of {@link ReplicationDetails} are here as a PUT takes them ({@code derived_slug}
     * beside {@code derived}), so that the body can be PUT back.
     */
    public record ReplicationView(long id, InnovationRef source, Adopter adopter, InnovationRef derived,
            String derivedSlug, String learningEvent, ReplicationStatus status, LocalDate statusSince,
            Set<ReplicationStatus> allowedNext, PublicationStatus publication, Integer year, String notes,
            Adaptation adaptation, List<OutcomeIndicator> outcomes,
            List<EvidenceSource> evidence, LegalBasis legalBasis, List<StatusChangeView> history,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }
}
