package id.lumbung.region;

/**
 * Kemendagri tiers. Constants are the Indonesian API and database values as they are, so no mapping layer
 * can drift. Kelurahan are stored as {@code desa}: they sit at the same tier of the code tree.
 */
public enum RegionType {
    provinsi, kabupaten, kota, kecamatan, desa;

    /** The tier implied by a Kemendagri code: 2 digits, then 2, 2 and 4 per level. */
    public static RegionType ofCodeDepth(int depth) {
        return switch (depth) {
            case 1 -> provinsi;
            case 3 -> kecamatan;
            case 4 -> desa;
            default -> throw new IllegalArgumentException("depth " + depth + " needs a name to tell kabupaten from kota");
        };
    }
}
