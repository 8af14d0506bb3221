package id.lumbung.web;

import id.lumbung.common.Formats;
import java.util.List;
import java.util.Locale;

/**
 * Small server-side SVG charts: they need no JavaScript, no outside asset and no inline style (the page CSP
 * forbids both). Every label is escaped here because the SVG is inserted into the page as markup.
 */
public final class Charts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int PAD = 40;

    public record Point(String label, double value) {
    }

    private Charts() {
    }

    /**
     * A line over labelled points (e.g. an indicator over periods), values written as the locale writes them
     * with their unit; empty when there are fewer than two.
     */
    public static String line(String title, List<Point> points, String unit, Locale locale) {
        if (points.size() < 2) {
            return "";
        }
        double max = points.stream().mapToDouble(Point::value).max().orElse(1);
        double min = Math.min(0, points.stream().mapToDouble(Point::value).min().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder svg = open(title);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = PAD + i * (WIDTH - 2.0 * PAD) / (points.size() - 1);
            double y = HEIGHT - PAD - (points.get(i).value() - min) / span * (HEIGHT - 2.0 * PAD);
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            svg.append("<circle class=\"chart-dot\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\"/>");
            svg.append("<text class=\"chart-value\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 10))
                    .append("\" text-anchor=\"middle\">")
                    .append(escape(Formats.measure(points.get(i).value(), unit, locale))).append("</text>");
            // The outermost labels are anchored inwards, so long ones ("September 2021") are not cut at the edge.
            boolean first = i == 0;
            boolean last = i == points.size() - 1;
            svg.append("<text class=\"chart-label\" x=\"").append(fmt(first ? x - 10 : last ? x + 10 : x))
                    .append("\" y=\"").append(HEIGHT - PAD + 18)
                    .append("\" text-anchor=\"").append(first ? "start" : last ? "end" : "middle").append("\">")
                    .append(escape(points.get(i).label())).append("</text>");
        }
        svg.append("<path class=\"chart-line\" d=\"").append(path).append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars with their values (e.g. the replication funnel). */
    public static String bars(String title, List<Point> bars, Locale locale) {
        double max = Math.max(1, bars.stream().mapToDouble(Point::value).max().orElse(1));
        int rowHeight = 30;
        int height = bars.size() * rowHeight + 10;
        StringBuilder svg = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>").append(escape(title)).append("</title>");
        int labelWidth = 160;
        for (int i = 0; i < bars.size(); i++) {
            Point bar = bars.get(i);
            int y = 5 + i * rowHeight;
            double width = (WIDTH - labelWidth - 60) * bar.value() / max;
            svg.append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + 19).append("\">").append(escape(bar.label())).append("</text>");
            svg.append("<rect class=\"chart-bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(fmt(Math.max(width, 1))).append("\" height=\"20\"/>");
            svg.append("<text class=\"chart-value\" x=\"").append(fmt(labelWidth + width + 6)).append("\" y=\"").append(y + 19)
                    .append("\">").append(escape(Formats.number(bar.value(), locale))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\"><title>").append(escape(title))
                .append("</title>");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
