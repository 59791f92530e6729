package io.leadflow.reporting;

import java.util.List;
import java.util.Locale;

/** Lines over a numeric x axis as inline SVG, each with an optional low–high band (forecast range). */
final class SvgLines {

    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 10;

    /** One line; {@code low}/{@code high} may be null (no band). */
    record Series(String name, String color, double[] y, double[] low, double[] high) {}

    /** A labelled tick on the x axis. */
    record Tick(double x, String label) {}

    private SvgLines() {}

    static String render(String id, double[] x, List<Series> series, List<Tick> ticks, boolean steps) {
        double max = 1;
        for (Series s : series) {
            for (double v : s.high() != null ? s.high() : s.y()) {
                max = Math.max(max, v);
            }
        }
        double minX = x.length == 0 ? 0 : x[0];
        double maxX = x.length == 0 ? 1 : Math.max(x[x.length - 1], minX + 1e-9);
        double plotHeight = SvgBars.HEIGHT - BOTTOM - TOP;
        Scale scale = new Scale(minX, maxX, max, plotHeight);
        StringBuilder svg = SvgBars.open(id);
        SvgBars.axis(svg, max, plotHeight);
        for (Series s : series) {
            if (s.low() != null && s.high() != null) {
                StringBuilder band = new StringBuilder();
                for (int i = 0; i < x.length; i++) {
                    band.append(point(scale, x[i], s.high()[i]));
                }
                for (int i = x.length - 1; i >= 0; i--) {
                    band.append(point(scale, x[i], s.low()[i]));
                }
                svg.append("<polygon points=\"")
                        .append(band)
                        .append("\" fill=\"")
                        .append(s.color())
                        .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>");
            }
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < x.length; i++) {
                if (steps && i > 0) {
                    line.append(point(scale, x[i], s.y()[i - 1]));
                }
                line.append(point(scale, x[i], s.y()[i]));
            }
            svg.append("<polyline points=\"")
                    .append(line)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(s.color())
                    .append("\" stroke-width=\"2\"><title>")
                    .append(SvgBars.esc(s.name()))
                    .append("</title></polyline>");
        }
        for (Tick tick : ticks) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    scale.x(tick.x()),
                    SvgBars.HEIGHT - 10,
                    SvgBars.esc(tick.label())));
        }
        return svg.append("</svg>").toString();
    }

    private static String point(Scale scale, double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(x), scale.y(y));
    }

    private record Scale(double minX, double maxX, double maxY, double plotHeight) {
        double x(double value) {
            return LEFT + 10 + (SvgBars.WIDTH - LEFT - 30) * (value - minX) / (maxX - minX);
        }

        double y(double value) {
            return SvgBars.HEIGHT - BOTTOM - plotHeight * value / maxY;
        }
    }
}
