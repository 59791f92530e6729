package io.leadflow.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** A stacked bar chart as inline SVG: one bar per x label, one stack segment per series. */
final class SvgBars {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 10;

    private SvgBars() {}

    /** Series values are indexed like the labels; colours by series name. */
    static String stacked(String id, List<String> labels, Map<String, long[]> series) {
        return stacked(id, labels, series, WIDTH);
    }

    /** With a wider view box for full-width cards, so that text keeps its size. */
    static String stacked(String id, List<String> labels, Map<String, long[]> series, int width) {
        long max = 1;
        for (int i = 0; i < labels.size(); i++) {
            long sum = 0;
            for (long[] values : series.values()) {
                sum += values[i];
            }
            max = Math.max(max, sum);
        }
        double plotHeight = HEIGHT - BOTTOM - TOP;
        double slot = (width - LEFT - 10.0) / Math.max(1, labels.size());
        double barWidth = Math.max(2, slot * 0.7);
        StringBuilder svg = open(id, width);
        axis(svg, max, plotHeight, width);
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double y = HEIGHT - BOTTOM;
            StringBuilder title = new StringBuilder(labels.get(i));
            for (Map.Entry<String, long[]> entry : series.entrySet()) {
                long value = entry.getValue()[i];
                if (value == 0) {
                    continue;
                }
                double h = plotHeight * value / max;
                y -= h;
                svg.append(String.format(
                        java.util.Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %d</title></rect>",
                        x,
                        y,
                        barWidth,
                        h,
                        StageColors.of(entry.getKey()),
                        esc(labels.get(i)),
                        esc(entry.getKey()),
                        value));
                title.append(' ').append(entry.getKey()).append('=').append(value);
            }
            if (labels.size() <= 16 || i % 2 == 0) {
                svg.append(String.format(
                        java.util.Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2,
                        HEIGHT - 10,
                        esc(shortLabel(labels.get(i)))));
            }
        }
        return svg.append("</svg>").toString();
    }

    static StringBuilder open(String id) {
        return open(id, WIDTH);
    }

    static StringBuilder open(String id, int width) {
        return new StringBuilder("<svg class=\"chart\" id=\"" + id + "\" viewBox=\"0 0 " + width + " " + HEIGHT
                + "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
    }

    /** Y axis with four grid lines labelled 0..max. */
    static void axis(StringBuilder svg, double max, double plotHeight) {
        axis(svg, max, plotHeight, WIDTH);
    }

    static void axis(StringBuilder svg, double max, double plotHeight, int width) {
        for (int step = 0; step <= 4; step++) {
            double y = HEIGHT - BOTTOM - plotHeight * step / 4;
            svg.append(String.format(
                    java.util.Locale.ROOT,
                    "<line class=\"%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    step == 0 ? "axis" : "grid",
                    LEFT,
                    width - 5,
                    y,
                    y,
                    LEFT - 5,
                    y + 4,
                    tick(max * step / 4)));
        }
    }

    static String tick(double value) {
        return value >= 10 || value == Math.rint(value)
                ? String.valueOf(Math.round(value))
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** "2026-W07" becomes "W07". */
    private static String shortLabel(String label) {
        int w = label.indexOf("-W");
        return w >= 0 ? label.substring(w + 1) : label;
    }

    static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
