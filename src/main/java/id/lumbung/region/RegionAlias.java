package id.lumbung.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Another name users give a region: an abbreviation (Kukar), a popular name (Jogja) or a written variant. */
@Entity
@Audited
@Table(name = "region_alias")
public class RegionAlias extends PanacheEntityBase {

    /** singkatan: abbreviation; sebutan: popular name; varian: written form of the official name. */
    public enum Kind {
        singkatan, sebutan, varian
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code")
    public String regionCode;

    public String alias;

    public String normalized;

    @Enumerated(EnumType.STRING)
    public Kind kind;
}
