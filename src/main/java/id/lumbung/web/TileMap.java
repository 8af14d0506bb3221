package id.lumbung.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A map of Indonesia as a tile-grid cartogram: one square per province (38), placed roughly where the province
 * lies, so it needs no licensed geometry and no tile server. Drawn as SVG on the server with CSS classes only
 * (the page CSP forbids inline styles); every page shows the same figures in a table beside it.
 */
public final class TileMap {

    private static final int TILE = 46;
    private static final int STEP = 50;
    private static final int COLUMNS = 15;
    private static final int ROWS = 7;

    /** A province's square: its code, a short name that fits the square, and its place in the grid. */
    record Tile(String code, String shortName, int column, int row) {
        double centreX() {
            return column * STEP + TILE / 2.0;
        }

        double centreY() {
            return row * STEP + TILE / 2.0;
        }
    }

    /** West to east, north to south, as the provinces lie (Kemendagri codes). */
    static final Map<String, Tile> TILES = tiles(
            "11 Aceh 0 0", "12 Sumut 1 1", "13 Sumbar 1 2", "14 Riau 2 1", "21 Kepri 3 1", "15 Jambi 2 2",
            "17 Bkl 2 3", "16 Sumsel 3 3", "19 Babel 4 2", "18 Lpg 3 4", "31 DKI 5 4", "36 Banten 4 5", "32 Jabar 5 5",
            "33 Jateng 6 5", "34 DIY 6 6", "35 Jatim 7 5", "51 Bali 8 5", "52 NTB 9 5", "53 NTT 10 5",
            "61 Kalbar 5 1", "65 Kaltara 6 0", "64 Kaltim 6 1", "62 Kalteng 5 2", "63 Kalsel 6 2",
            "75 Gtlo 9 1", "71 Sulut 10 1", "72 Sulteng 8 2", "76 Sulbar 8 3", "73 Sulsel 9 3", "74 Sultra 10 3",
            "82 Malut 11 1", "81 Maluku 11 3", "96 PBD 12 2", "92 PB 13 2", "91 Papua 14 2", "94 PT 13 3",
            "95 PP 14 3", "93 PS 14 4");

    /** The name and the figure of one province, for the square's label and link. */
    public record Figure(String name, long value) {
    }

    private TileMap() {
    }

    private static Map<String, Tile> tiles(String... specs) {
        Map<String, Tile> tiles = new LinkedHashMap<>();
        for (String spec : specs) {
            String[] parts = spec.split(" ");
            tiles.put(parts[0], new Tile(parts[0], parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
        }
        return Map.copyOf(tiles);
    }

    /**
     * Provinces shaded by a figure (four steps up to the largest value); each square links to its province.
     *
     * @param highlight a province to outline (the region page's own), or null
     * @param describe the words of a square's link, e.g. "Provinsi Jawa Timur: 20 inovasi"
     */
    public static String shaded(String title, Map<String, Figure> figures, String highlight, Function<String, String> describe) {
        long max = Math.max(1, figures.values().stream().mapToLong(Figure::value).max().orElse(1));
        StringBuilder svg = open(title);
        for (Tile tile : ordered()) {
            Figure figure = figures.getOrDefault(tile.code(), new Figure(tile.code(), 0));
            int level = figure.value() == 0 ? 0 : (int) Math.ceil(4.0 * figure.value() / max);
            square(svg, tile, "l" + level + (tile.code().equals(highlight) ? " current" : ""), describe.apply(tile.code()),
                    figure.value() == 0 ? "" : Long.toString(figure.value()));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Arrows from the source province to each adopting province, the number of adopters on each square.
     * Adopters outside Indonesia's regions (ministries, other countries) are not on the map; the table lists them.
     */
    public static String flows(String title, String source, Map<String, Long> adopters, Function<String, String> describe) {
        StringBuilder svg = open(title);
        svg.append("<defs><marker id=\"panah\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\""
                + " orient=\"auto-start-reverse\"><path class=\"map-arrow\" d=\"M0 0L10 5L0 10z\"/></marker></defs>");
        for (Tile tile : ordered()) {
            long count = adopters.getOrDefault(tile.code(), 0L);
            String kind = tile.code().equals(source) ? "source" : count > 0 ? "adopter" : "l0";
            square(svg, tile, kind, describe.apply(tile.code()), count > 0 ? Long.toString(count) : "");
        }
        Tile from = TILES.get(source);
        if (from != null) {
            adopters.keySet().stream().sorted().map(TILES::get).filter(t -> t != null && t != from)
                    .forEach(to -> arrow(svg, from, to));
        }
        return svg.append("</svg>").toString();
    }

    private static List<Tile> ordered() {
        return TILES.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg class=\"tile-map\" viewBox=\"0 0 ").append(COLUMNS * STEP).append(' ').append(ROWS * STEP)
                .append("\" role=\"group\" aria-label=\"").append(Charts.escape(title)).append("\">");
    }

    private static void square(StringBuilder svg, Tile tile, String classes, String label, String figure) {
        int x = tile.column() * STEP;
        int y = tile.row() * STEP;
        svg.append("<a href=\"/daerah/").append(tile.code()).append("\" class=\"map-tile ").append(classes)
                .append("\" aria-label=\"").append(Charts.escape(label)).append("\"><title>").append(Charts.escape(label))
                .append("</title><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(TILE)
                .append("\" height=\"").append(TILE).append("\" rx=\"4\"/><text class=\"map-name\" x=\"").append(x + TILE / 2)
                .append("\" y=\"").append(y + 18).append("\" text-anchor=\"middle\">").append(Charts.escape(tile.shortName()))
                .append("</text>");
        if (!figure.isEmpty()) {
            svg.append("<text class=\"map-figure\" x=\"").append(x + TILE / 2).append("\" y=\"").append(y + 37)
                    .append("\" text-anchor=\"middle\">").append(figure).append("</text>");
        }
        svg.append("</a>");
    }

    private static void arrow(StringBuilder svg, Tile from, Tile to) {
        double x1 = from.centreX();
        double y1 = from.centreY();
        double x2 = to.centreX();
        double y2 = to.centreY();
        // A gentle curve over the line, so arrows to neighbours in a row do not hide behind the squares.
        double cx = (x1 + x2) / 2 - (y2 - y1) * 0.25;
        double cy = (y1 + y2) / 2 + (x2 - x1) * 0.25 - 10;
        svg.append("<path class=\"map-flow\" marker-end=\"url(#panah)\" d=\"M").append(fmt(x1)).append(' ').append(fmt(y1))
                .append(" Q").append(fmt(cx)).append(' ').append(fmt(cy)).append(' ').append(fmt(x2)).append(' ')
                .append(fmt(y2)).append("\"/>");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
