package id.lumbung.learning;

import id.lumbung.common.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A peer-learning event where innovations were presented to regions that may replicate them. */
@Entity
@Table(name = "learning_event")
public class LearningEvent extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "event_date")
    public LocalDate date;

    public String place;

    @Column(name = "host_region_code")
    public String hostRegionCode;

    public String programme;
    public String summary;

    @Column(name = "summary_en")
    public String summaryEn;

    @Column(name = "participants_note")
    public String participantsNote;

    @Column(name = "participants_note_en")
    public String participantsNoteEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_urls")
    public List<String> sourceUrls = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "learning_event_innovation", joinColumns = @JoinColumn(name = "learning_event_id"))
    @Column(name = "innovation_id")
    public Set<Long> presentedInnovationIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "learning_event_region", joinColumns = @JoinColumn(name = "learning_event_id"))
    @Column(name = "region_code")
    public Set<String> participantRegionCodes = new TreeSet<>();

    public static LearningEvent findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }
}
