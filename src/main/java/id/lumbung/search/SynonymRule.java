package id.lumbung.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A synonym rule added by a curator (Solr format). */
@Entity
@Table(name = "search_synonym")
public class SynonymRule extends PanacheEntityBase {

    /** padanan: equivalents at nearly full weight; tesaurus: concepts at a lower weight. */
    public enum Kind {
        padanan, tesaurus
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String rule;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
