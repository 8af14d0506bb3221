package id.lumbung.region;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup form of region names; the SQL of migration V3 computes the same form. */
public final class RegionNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Words that only say which tier or which government is meant ("Pemkab Sragen" is Sragen). */
    private static final Pattern TIER_PREFIX = Pattern.compile(
            "^(provinsi|prov|pemprov|pemerintah provinsi|kabupaten|kab|pemkab|pemerintah kabupaten|kota|pemkot|pemko|"
                    + "pemerintah kota|kota administrasi|kecamatan|kec|desa|kelurahan|kel) ");

    private RegionNames() {
    }

    public static String normalize(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The name without its tier word, or the name itself when it has none. */
    public static String withoutTier(String normalized) {
        return TIER_PREFIX.matcher(normalized).replaceFirst("");
    }
}
