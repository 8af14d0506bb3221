package id.lumbung.catalogue;

import id.lumbung.catalogue.InnovationParts.Award;
import id.lumbung.catalogue.InnovationParts.Contact;
import id.lumbung.catalogue.InnovationParts.EvidenceSource;
import id.lumbung.catalogue.InnovationParts.OutcomeIndicator;
import id.lumbung.catalogue.InnovationParts.PublicContact;
import id.lumbung.catalogue.InnovationParts.ReplicationKit;
import id.lumbung.catalogue.Vocabulary.Bentuk;
import id.lumbung.catalogue.Vocabulary.Jenis;
import id.lumbung.catalogue.Vocabulary.Level;
import id.lumbung.catalogue.Vocabulary.PublicationStatus;
import id.lumbung.catalogue.Vocabulary.RunningStatus;
import id.lumbung.catalogue.Vocabulary.Tahapan;
import id.lumbung.common.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An innovation of a regional government: the heart of the catalogue. */
@Entity
@Audited
@Table(name = "innovation")
public class Innovation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "innovation_ids")
    @SequenceGenerator(name = "innovation_ids", sequenceName = "innovation_id_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String name;
    public String acronym;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases = new ArrayList<>();

    /** Null for national programmes run by a ministry; {@link #ownerName} names the owner then. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "owner_name")
    public String ownerName;

    /** The initiating OPD (perangkat daerah). */
    public String agency;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "year_started")
    public Integer yearStarted;

    @Enumerated(EnumType.STRING)
    public Tahapan tahapan;

    @Enumerated(EnumType.STRING)
    public Jenis jenis;

    @Enumerated(EnumType.STRING)
    public Bentuk bentuk;

    public String urusan;

    @ElementCollection
    @CollectionTable(name = "innovation_theme", joinColumns = @JoinColumn(name = "innovation_id"))
    @Column(name = "theme_code")
    public Set<String> themes = new TreeSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sdg_goals")
    public List<Integer> sdgGoals = new ArrayList<>();

    public String summary;
    public String problem;
    /** Rancang bangun: how the innovation works. */
    public String approach;
    /** Tujuan. */
    public String goals;
    /** Manfaat. */
    public String benefits;
    public String outcomes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "outcome_indicators")
    public List<OutcomeIndicator> outcomeIndicators = new ArrayList<>();

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "cost_estimate")
    public String costEstimate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "replication_kit")
    public ReplicationKit replicationKit;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contact> contacts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "public_contact")
    public PublicContact publicContact;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Award> awards = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_sources")
    public List<EvidenceSource> evidenceSources = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "running_status")
    public RunningStatus runningStatus = RunningStatus.tidak_diketahui;

    @Column(name = "last_confirmed_on")
    public LocalDate lastConfirmedOn;

    @Enumerated(EnumType.STRING)
    public PublicationStatus status = PublicationStatus.draft;

    public String language = "id";

    // English versions of the name and the long texts; null where not translated (pages then show the Indonesian).
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "summary_en")
    public String summaryEn;
    @Column(name = "problem_en")
    public String problemEn;
    @Column(name = "approach_en")
    public String approachEn;
    @Column(name = "goals_en")
    public String goalsEn;
    @Column(name = "benefits_en")
    public String benefitsEn;
    @Column(name = "outcomes_en")
    public String outcomesEn;

    /** Whether the running status is due for confirmation: never confirmed, or before {@code staleBefore}. */
    public boolean isStale(LocalDate staleBefore) {
        return lastConfirmedOn == null || lastConfirmedOn.isBefore(staleBefore);
    }

    public boolean isPublished() {
        return status == PublicationStatus.published;
    }

    public static Innovation findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /** Whether a published innovation has this slug. */
    public static boolean isPublished(String slug) {
        return count("slug = ?1 and status = ?2", slug, PublicationStatus.published) > 0;
    }
}
