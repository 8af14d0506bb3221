package id.lumbung.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** One value of a time series about a region, e.g. persen_miskin_ekstrem for 2023-03 (BPS). */
@Entity
@Audited
@Table(name = "region_indicator")
public class RegionIndicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for Indonesia as a whole. */
    @Column(name = "region_code")
    public String regionCode;

    public String indicator;

    /** YYYY-MM where the BPS month is known, else YYYY; a few sources give a free-text period. */
    public String period;

    public BigDecimal value;

    public String source;
}
