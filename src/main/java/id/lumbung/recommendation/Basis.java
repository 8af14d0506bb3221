package id.lumbung.recommendation;

/**
 * Whose indicators a region's recommendations rest on: its own ({@code daerah}), its province's because it has
 * none ({@code provinsi}), or the national priorities because neither shows a need ({@code nasional}).
 */
public enum Basis {
    daerah, provinsi, nasional
}
