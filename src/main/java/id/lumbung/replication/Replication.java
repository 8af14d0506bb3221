package id.lumbung.replication;

import id.lumbung.common.VersionedEntity;
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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A region (or another body) adopting an innovation of the catalogue. */
@Entity
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

    public Integer year;

    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_urls")
    public List<String> sourceUrls = new ArrayList<>();

    @OneToMany(mappedBy = "replication", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<StatusChange> history = new ArrayList<>();

}
