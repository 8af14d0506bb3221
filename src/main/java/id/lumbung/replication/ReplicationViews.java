package id.lumbung.replication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of replications. */
public final class ReplicationViews {

    private ReplicationViews() {
    }

    public record InnovationRef(String slug, String name) {
    }

    public record Adopter(String regionCode, String name, String country) {
    }

    public record StatusChangeView(ReplicationStatus status, LocalDate date, String note, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    public record ReplicationView(long id, InnovationRef source, Adopter adopter, InnovationRef derived,
            String learningEvent, ReplicationStatus status, Integer year, String notes, List<String> sourceUrls,
            List<StatusChangeView> history, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {
    }
}
