package id.lumbung.region;

/**
 * The shape of a Kemendagri region code (province 35, kabupaten/kota 35.03, kecamatan 35.03.01, desa
 * 35.03.01.2001) and the one message that refuses anything else, for every parameter and field that names a region.
 * Constants, so that constraint annotations can use them.
 */
public final class RegionCode {

    /** Any tier: two digits, then optionally two, two and four more, dot-separated. */
    public static final String PATTERN = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";

    public static final String MESSAGE = "must be a Kemendagri code like 35 or 35.03";

    /** A province: the first tier only. */
    public static final String PROVINCE_PATTERN = "\\d{2}";

    public static final String PROVINCE_MESSAGE = "must be a province code like 35";

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(PATTERN);

    private static final java.util.regex.Pattern PROVINCE = java.util.regex.Pattern.compile(PROVINCE_PATTERN);

    private RegionCode() {
    }

    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    public static boolean isProvince(String value) {
        return value != null && PROVINCE.matcher(value).matches();
    }
}
