package id.lumbung.replication;

import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.common.VersionedEntity;
import id.lumbung.replication.ReplicationParts.Adaptation;
import id.lumbung.replication.ReplicationParts.LegalBasis;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A region (or another body) adopting an innovation of the catalogue. */
@Entity
@Audited
@Table(name = "replication")
public class Replication extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_innovation_id")
    public Long sourceInnovationId;

    @Column(name = "adopter_region_code")
    public String adopterRegionCode;

    /** Set for adopters that are not Indonesian regions: a ministry, a foreign government. */
    @Column(name = "adopter_name")
    public String adopterName;

    @Column(name = "adopter_country")
    public String adopterCountry = "ID";

    /** The adopter's own innovation in the catalogue, which makes multi-hop lineage possible. */
    @Column(name = "derived_innovation_id")
    public Long derivedInnovationId;

    @Column(name = "learning_event_id")
    public Long learningEventId;

    @Enumerated(EnumType.STRING)
    public ReplicationStatus status;

    /** Review state ({@link ReplicationReview}); the public sees {@code published} ones only ({@link ReplicationVisibility}). */
    @Enumerated(EnumType.STRING)
    public PublicationStatus publication = PublicationStatus.in_review;

    public Integer year;

    public String notes;

    /**
     * Date of the latest step; null when the latest step has no date (a source that gives none, or a year
     * only: {@link #year} then holds it). Never the day the step was recorded, which says nothing about when
     * the adopter got there. The stalled list reads it ({@link #knownSince()}).
     */
    @Column(name = "status_since")
    public LocalDate statusSince;

    @JdbcTypeCode(SqlTypes.JSON)
    public Adaptation adaptation;

    /** Indicator values in the adopter region: baseline and follow-ups, shaped like an innovation's. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<OutcomeIndicator> outcomes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<EvidenceSource> evidence = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    /** The status history is append-only by itself (and guarded by a trigger); it needs no audit copy. */
    @NotAudited
    @OneToMany(mappedBy = "replication", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<StatusChange> history = new ArrayList<>();

    /**
     * Appends a step and moves to its status. The lifecycle rules are checked by the caller
     * ({@link ReplicationStatus#allowedNext()}); this keeps the record and its history in step.
     */
    public void record(ReplicationStatus next, LocalDate occurredOn, String note, String recordedBy, OffsetDateTime now) {
        StatusChange step = new StatusChange();
        step.replication = this;
        step.status = next;
        step.occurredOn = occurredOn;
        step.note = note;
        step.recordedBy = recordedBy;
        step.recordedAt = now;
        history.add(step);
        status = next;
        statusSince = occurredOn;
    }

    /**
     * The latest day the current status is known to hold since: the latest step's date, else the end of the
     * replication's year when only a year is known; null when neither is.
     */
    public LocalDate knownSince() {
        if (statusSince != null) {
            return statusSince;
        }
        return year == null ? null : LocalDate.of(year, 12, 31);
    }

    /** The latest date the history gives, which a back-dated step may not precede. */
    public LocalDate latestStepDate() {
        return history.stream().map(c -> c.occurredOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** Whether the replication is the adoption by this Indonesian region or one below it. */
    public boolean adoptedWithin(String regionCode) {
        return adopterRegionCode != null
                && (adopterRegionCode.equals(regionCode) || adopterRegionCode.startsWith(regionCode + "."));
    }
}
