package uk.quarterlyreturns.compliance.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.quarterlyreturns.compliance.ComplianceFigures;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ComplianceFigures.CurvePoint;

/**
 * The completeness curve as SVG text: the share of returns in by each day after quarter end, this cycle
 * against earlier ones, with the 95% line. Lines differ in width and dash as well as colour, each is named
 * in the legend, and the whole carries a title and a description in words for screen readers.
 */
public final class CompletenessChart {

    /** One cycle's curve; the current one is drawn strongest. */
    public record Series(String name, List<CurvePoint> points, boolean current) {
    }

    private static final int WIDTH = 640;
    private static final int LEFT = 52;
    private static final int RIGHT = 20;
    private static final int TOP = 16;
    private static final int PLOT_HEIGHT = 220;
    private static final int LEGEND_LINE = 20;
    private static final String FONT = "font-family=\"Arial, sans-serif\" font-size=\"12\" fill=\"#0b0c0c\"";
    private static final String[] DASHES = {"8 4", "2 4", "10 4 2 4", "4 4"};

    private CompletenessChart() {
    }

    public static String svg(List<Series> series, int lastDay) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int axisY = TOP + PLOT_HEIGHT;
        int height = axisY + 44 + series.size() * LEGEND_LINE;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"curve-title curve-desc\"")
                .append(" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">")
                .append("<title id=\"curve-title\">Completeness curve: percentage of returns in by days after"
                        + " quarter end</title>")
                .append("<desc id=\"curve-desc\">").append(escape(description(series))).append("</desc>")
                .append("<g ").append(FONT).append('>');
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = y(pct);
            svg.append(line(LEFT, y, LEFT + plotWidth, y, "#d0d0d0", 1, null))
                    .append(text(LEFT - 6, y + 4, "end", pct + "%"));
        }
        svg.append(line(LEFT, y(95), LEFT + plotWidth, y(95), "#0b0c0c", 1, "3 3"))
                .append(text(LEFT + plotWidth, y(95) - 4, "end", "95%"));
        for (int day = 0; day <= lastDay; day += 7) {
            int x = x(day, lastDay, plotWidth);
            svg.append(line(x, axisY, x, axisY + 4, "#0b0c0c", 1, null))
                    .append(text(x, axisY + 16, "middle", String.valueOf(day)));
        }
        svg.append(line(LEFT, axisY, LEFT + plotWidth, axisY, "#0b0c0c", 1, null))
                .append(text(LEFT + plotWidth / 2, axisY + 32, "middle", "Days after quarter end"));
        int earlier = 0;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = s.current() ? "#1d4f91" : "#4a4a4a";
            double width = s.current() ? 3 : 1.5;
            String dash = s.current() ? null : DASHES[earlier++ % DASHES.length];
            StringBuilder points = new StringBuilder();
            for (CurvePoint p : s.points()) {
                points.append(x(p.day(), lastDay, plotWidth)).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", yExact(p.percentIn()))).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width)
                    .append('"').append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append(" points=\"").append(points.toString().trim()).append("\"/>");
            int legendY = axisY + 52 + i * LEGEND_LINE;
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(legendY - 4).append("\" x2=\"")
                    .append(LEFT + 36).append("\" y2=\"").append(legendY - 4).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(width).append('"')
                    .append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>")
                    .append(text(LEFT + 44, legendY, "start", s.name() + (s.current() ? " (this cycle)" : "")));
        }
        return svg.append("</g></svg>").toString();
    }

    /**
     * This cycle's curve, then the earlier cycles' (by name, in order) that had returns due to this audience: one with
     * none (a directorate new this year, read by its strategic director) is no flat 0% line, and this cycle with none
     * yet says so.
     */
    static List<Series> series(String current, CycleCompliance figures,
            Map<String, CycleCompliance> earlier) {
        List<Series> series = new ArrayList<>();
        series.add(new Series(current, figures.due() == 0 ? List.of() : figures.curve(), true));
        earlier.forEach((name, f) -> {
            if (f.due() > 0) {
                series.add(new Series(name, f.curve(), false));
            }
        });
        return series;
    }

    /** The curve in words: each cycle's share in at the end, and the day 95% was reached. */
    public static String description(List<Series> series) {
        StringBuilder words = new StringBuilder();
        for (Series s : series) {
            if (s.points().isEmpty()) {
                words.append(s.name()).append(": no returns due yet. ");
                continue;
            }
            CurvePoint last = s.points().get(s.points().size() - 1);
            words.append(s.name()).append(": ").append(ComplianceFigures.rounded(last.percentIn()))
                    .append("% in by day ").append(last.day());
            s.points().stream().filter(p -> p.percentIn() >= 95).findFirst().ifPresentOrElse(
                    p -> words.append(", 95% reached on day ").append(p.day()),
                    () -> words.append(", 95% not reached"));
            words.append(". ");
        }
        return words.toString().trim();
    }

    private static int x(int day, int lastDay, int plotWidth) {
        return LEFT + (int) Math.round((double) day * plotWidth / Math.max(1, lastDay));
    }

    private static int y(int pct) {
        return (int) Math.round(yExact(pct));
    }

    private static double yExact(double pct) {
        return TOP + (100 - pct) * PLOT_HEIGHT / 100.0;
    }

    private static String line(int x1, int y1, int x2, int y2, String colour, double width, String dash) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + width + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
                + "/>";
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
