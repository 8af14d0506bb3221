package id.lumbung.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;

/** A Kemendagri region. The code encodes the whole ancestry (33.14.01 lies in 33.14, which lies in 33). */
@Entity
@Audited
@Table(name = "region")
public class Region extends PanacheEntityBase {

    /** The tier words that start kabupaten and kota names as Kemendagri writes them. */
    private static final Pattern TIER_WORD = Pattern.compile("^(Kabupaten|Kota Administrasi|Kota) ");

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public RegionType type;

    @Column(name = "parent_code")
    public String parentCode;

    /** The name as officials write it: idn-area-data leaves the tier off provinces, kecamatan and desa. */
    public String displayName() {
        return displayName(type, code, name);
    }

    /** How a region is named to readers: "Provinsi Jawa Timur", "Kabupaten Sragen", "Kelurahan …". */
    public static String displayName(RegionType type, String code, String name) {
        return switch (type) {
            case provinsi -> "Provinsi " + name;
            case kecamatan -> "Kecamatan " + name;
            case desa -> (code.length() > 9 && code.charAt(9) == '1' ? "Kelurahan " : "Desa ") + name;
            case kabupaten, kota -> name;
        };
    }

    /**
     * The name without the tier word that kabupaten and kota names carry ("Kutai Kartanegara" of "Kabupaten Kutai
     * Kartanegara"): what an abbreviation such as "Kukar" stands for in a query.
     */
    public String shortName() {
        return TIER_WORD.matcher(name).replaceFirst("");
    }

    /** Codes of every ancestor, province first. */
    public List<String> ancestorCodes() {
        List<String> codes = new ArrayList<>();
        int dot = code.indexOf('.');
        while (dot > 0) {
            codes.add(code.substring(0, dot));
            dot = code.indexOf('.', dot + 1);
        }
        return codes;
    }

    public String provinceCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
