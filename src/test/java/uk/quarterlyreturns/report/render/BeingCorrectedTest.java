package uk.quarterlyreturns.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.report.BeingCorrected;
import uk.quarterlyreturns.report.KirkleesFixture;
import uk.quarterlyreturns.report.ReportCompiler;

/**
 * A return being corrected is marked wherever its service's figures print (the list at the top, its measures, its
 * key actions, its performance by exception), in UK dates and London time; a report with none being corrected is
 * printed as before.
 */
class BeingCorrectedTest {

    private static final String NOTE = "Being corrected: reopened on 1 Jul 2017 - KI 433 double counted";

    @Test
    void theServiceBeingCorrectedIsMarkedWhereItsFiguresPrint() {
        // 00:30 on 1 July in London (summer time), still 30 June by UTC
        BeingCorrected business = new BeingCorrected(List.of(new BeingCorrected.Return("Business",
                Instant.parse("2017-06-30T23:30:00Z"), " KI 433 double counted ")));
        String html = new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input()), business);

        assertThat(html).contains("<li><span>Business</span>: <span>" + NOTE + "</span></li>")
                .contains("<td colspan=\"13\">" + NOTE + "</td>")
                .contains("<span>Business</span><span class=\"being-corrected\"> (" + NOTE + ")</span>");
        assertThat(html.split(NOTE, -1)).as("the list, the measures and each key action of Business")
                .hasSizeGreaterThan(4);
        assertThat(business.of("Regeneration")).isNull();
        assertThat(new HtmlReportRenderer().render(ReportCompiler.compile(KirkleesFixture.input())))
                .doesNotContain("Being corrected");
    }
}
