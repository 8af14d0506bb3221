package id.lumbung.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.stream.Collectors;

/** A theme of the controlled vocabulary (kemiskinan-ekstrem, stunting, umkm, ...). */
@Entity
@Table(name = "theme")
public class Theme extends PanacheEntityBase {

    @Id
    public String code;

    public String label;

    public static Set<String> codes() {
        return Theme.<Theme>streamAll().map(t -> t.code).collect(Collectors.toSet());
    }
}
