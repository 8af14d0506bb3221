package id.lumbung.common;

import java.text.Normalizer;
import java.util.Locale;

/** The one definition of a valid slug, shared by validation annotations and path parameters. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits separated by single hyphens";
    private static final int MAX = 120;

    private Slugs() {
    }

    /**
     * The slug a name suggests: accents dropped, lower case, words joined by single hyphens, at most 120 characters cut
     * at a hyphen ("Gerakan Tengok Bawah (Gertak)" → "gerakan-tengok-bawah-gertak"). Empty when the name has no letter
     * or digit.
     */
    public static String fromName(String name) {
        if (name == null) {
            return "";
        }
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            int cut = slug.lastIndexOf('-', MAX);
            slug = slug.substring(0, cut > 0 ? cut : MAX);
        }
        return slug;
    }
}
