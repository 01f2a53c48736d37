package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.quarterlyreturns.framework.Unit;

/**
 * The report's charts as plain SVG text, the same inline in the HTML preview and in the PDF. Each has a
 * title and an aria-label saying in words what it shows, and every bar carries its count as text so
 * that the chart reads when printed in black and white.
 */
public final class SvgCharts {

    private static final String FONT = "DejaVu Sans, Arial, sans-serif";
    private static final String INK = "#0b0c0c";
    private static final String[] NAMES = {"On track", "At risk", "Off track", "Missing"};
    // the same colours as the report's RAG cells; the bar's words carry the meaning, not the colour
    private static final String[] COLOURS = {"#00703c", "#ffbf47", "#b10e1e", "#505a5f"};

    private static final int LABEL_WIDTH = 100;
    private static final int BAR_MAX = 300;
    private static final int BAR_HEIGHT = 24;
    private static final int BAR_GAP = 12;
    // the trend's plot alone: its labels are page text around it, sized to match in report.html
    private static final int TREND_WIDTH = 58;
    private static final int TREND_HEIGHT = 32;
    private static final double TREND_PAD = 4;
    private static final double AXIS_X = 3;
    private static final double PLOT_LEFT = 6;
    private static final double PLOT_BOTTOM = 28;
    private static final double AXIS_Y = PLOT_BOTTOM + 2;

    private SvgCharts() {
    }

    /** A horizontal bar per summary word, labelled "33 (53%)". */
    public static String ragSummary(SummaryCounts counts, Shares shares) {
        int[] n = {counts.onTrack(), counts.atRisk(), counts.offTrack(), counts.missing()};
        int[] p = {shares.onTrack(), shares.atRisk(), shares.offTrack(), shares.missing()};
        int max = Math.max(1, Math.max(Math.max(n[0], n[1]), Math.max(n[2], n[3])));
        List<String> said = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            said.add(n[i] + " " + NAMES[i].toLowerCase(Locale.ROOT) + " (" + p[i] + "%)");
        }
        String words = "RAG summary of actions and measures: " + String.join(", ", said);
        int height = 4 * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
        int width = LABEL_WIDTH + BAR_MAX + 110;
        StringBuilder svg = open(width, height, words);
        svg.append("<g font-family=\"").append(FONT).append("\" font-size=\"13\" fill=\"").append(INK)
                .append("\">");
        for (int i = 0; i < 4; i++) {
            int y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP);
            int bar = n[i] == 0 ? 0 : Math.max(2, Math.round((float) n[i] * BAR_MAX / max));
            int textY = y + 17;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(NAMES[i]).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(bar).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                    .append(COLOURS[i]).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LABEL_WIDTH + bar + 8).append("\" y=\"").append(textY)
                    .append("\">").append(n[i]).append(" (").append(p[i]).append("%)</text>");
        }
        return svg.append("</g></svg>").toString();
    }

    /**
     * A small line of a measure's past quarters, oldest on the left, with a dot on the latest figure.
     * Quarters without a figure are skipped; the title lists every quarter in words. The axis labels come
     * back as words to set beside the SVG, which carries no text (see {@link TrendChart}).
     */
    public static TrendChart trend(String measure, List<TrendPoint> points, Unit unit, Integer decimals) {
        List<String> said = new ArrayList<>();
        BigDecimal min = null;
        BigDecimal max = null;
        for (TrendPoint p : points) {
            said.add(p.label() + " " + (p.value() == null ? "no figure" : Figures.value(p.value(), unit, decimals)));
            if (p.value() != null) {
                min = min == null || p.value().compareTo(min) < 0 ? p.value() : min;
                max = max == null || p.value().compareTo(max) > 0 ? p.value() : max;
            }
        }
        String words = "Trend for " + measure + ": " + String.join("; ", said);
        StringBuilder svg = open(TREND_WIDTH, TREND_HEIGHT, words);
        StringBuilder line = new StringBuilder();
        double lastX = 0;
        double lastY = 0;
        double right = TREND_WIDTH - TREND_PAD;
        double step = points.size() < 2 ? 0 : (right - PLOT_LEFT) / (points.size() - 1);
        for (int i = 0; i < points.size(); i++) {
            BigDecimal v = points.get(i).value();
            if (v == null) {
                continue;
            }
            lastX = PLOT_LEFT + i * step;
            lastY = y(v, min, max);
            line.append(line.length() == 0 ? "" : " ").append(fmt(lastX)).append(',').append(fmt(lastY));
        }
        boolean flat = max == null || max.compareTo(min) == 0;
        // the value axis on the left, ticked at the highest and lowest figure (once, in the middle, when flat),
        // and the quarters' axis along the bottom
        StringBuilder axes = new StringBuilder("M").append(fmt(AXIS_X)).append(',').append(fmt(TREND_PAD))
                .append(" V").append(fmt(AXIS_Y)).append(" H").append(fmt(right));
        double[] ticks = flat ? new double[] {(PLOT_BOTTOM + TREND_PAD) / 2.0} : new double[] {TREND_PAD, PLOT_BOTTOM};
        for (double tick : ticks) {
            axes.append(" M0,").append(fmt(tick)).append(" H").append(fmt(AXIS_X));
        }
        svg.append("<path d=\"").append(axes).append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"0.5\"/>");
        svg.append("<polyline fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\" points=\"")
                .append(line).append("\"/>");
        svg.append("<circle cx=\"").append(fmt(lastX)).append("\" cy=\"").append(fmt(lastY))
                .append("\" r=\"2.5\" fill=\"").append(INK).append("\"/>");
        svg.append("</svg>");
        // one label for the span, so two short quarters' names never print over each other
        String span = points.isEmpty() ? "" : points.size() == 1 ? points.get(0).label()
                : points.get(0).label() + " to " + points.get(points.size() - 1).label();
        return new TrendChart(svg.toString(), max == null ? "" : Figures.axis(max, unit, decimals),
                flat ? null : Figures.axis(min, unit, decimals), span);
    }

    /** Higher figures plot higher; a flat line sits in the middle. */
    private static double y(BigDecimal v, BigDecimal min, BigDecimal max) {
        double span = max.subtract(min).doubleValue();
        double usable = PLOT_BOTTOM - TREND_PAD;
        if (span == 0) {
            return (PLOT_BOTTOM + TREND_PAD) / 2.0;
        }
        return TREND_PAD + usable * (1 - v.subtract(min).doubleValue() / span);
    }

    private static StringBuilder open(int width, int height, String words) {
        String text = escape(words);
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(text).append("\"><title>")
                .append(text).append("</title>");
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Measure titles come from people: they must not be able to break out of the SVG text. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0 and would stop the PDF
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
