package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The RAG cells' colours as the report's stylesheet sets them: readable text, and each status its own hue. */
class RagColoursTest {

    private static final Pattern RULE = Pattern.compile(
            "\\.(rag-[a-z-]+) \\{ background: #([0-9a-f]{6}); color: #([0-9a-f]{6}); }");

    @Test
    void everyRagCellsTextPassesContrastAndAmberGreenAndRedAmberSitBetweenTheirNeighbours() throws Exception {
        String css;
        try (InputStream in = RagColoursTest.class.getResourceAsStream("/report/report.html")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String[]> colours = new HashMap<>();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            colours.put(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        assertThat(colours).containsKeys("rag-green", "rag-amber-green", "rag-amber", "rag-red-amber", "rag-red",
                "rag-missing");
        colours.forEach((name, c) -> assertThat(contrast(c[0], c[1])).as(name).isGreaterThanOrEqualTo(4.5));
        // amber/green lies between amber and green in hue, red/amber between red and amber
        assertThat(hue(colours.get("rag-amber-green")[0])).isBetween(hue(colours.get("rag-amber")[0]),
                hue(colours.get("rag-green")[0]));
        assertThat(hue(colours.get("rag-red-amber")[0])).isBetween(hue(colours.get("rag-red")[0]),
                hue(colours.get("rag-amber")[0]));
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** Hue in degrees; reds near 360 count as near 0. */
    private static double hue(String hex) {
        float[] hsb = java.awt.Color.RGBtoHSB(Integer.parseInt(hex.substring(0, 2), 16),
                Integer.parseInt(hex.substring(2, 4), 16), Integer.parseInt(hex.substring(4, 6), 16), null);
        double h = hsb[0] * 360;
        return h > 300 ? h - 360 : h;
    }
}
