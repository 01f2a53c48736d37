package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;

/** A key action's outcome, from the key actions file, is among its theme's outcomes in the report. */
class KeyActionOutcomeTest {

    @Test
    void aThemeWhoseOnlyItemIsAKeyActionPrintsItsOutcome() {
        KeyAction homes = new KeyAction(1, 1, 1, new KeyActionRow("HKA-1", "Bring empty homes back into use",
                "Place", "Housing", "Homes for all", "More homes people can afford"));
        ActionLine line = KeyActionLines.line(homes,
                List.of(new KeyActionRepository.Status(1, 2, Rag.GREEN, "Twelve homes back in use", null, null)), 2);

        CompiledReport report = ReportCompiler.compile(Lines.report(List.of(), List.of(line)));

        ThemeSection theme = report.themes().get(0);
        assertThat(theme.name()).isEqualTo("Homes for all");
        assertThat(theme.outcomes()).containsExactly("More homes people can afford");
        assertThat(theme.actions().get(0).outcome()).isEqualTo("More homes people can afford");
        String page = new HtmlReportRenderer().render(report);
        assertThat(page).contains("Outcomes:").contains("More homes people can afford");
    }

    @Test
    void anOutcomeSharedByAMeasureAndAKeyActionIsListedOnce() {
        MeasureLine measure = Lines.measure("H1", "Place", "Housing", "Homes for all", Rag.GREEN, null)
                .toBuilder().outcome("More homes people can afford").build();
        ActionLine action = new ActionLine("HKA-1", "Bring empty homes back into use", "Place", "Housing",
                "Homes for all", " More homes people can afford ", Rag.GREEN, null, null, null, null);
        ActionLine other = new ActionLine("HKA-2", "Open the night shelter", "Place", "Housing", "Homes for all",
                "Nobody sleeps rough", Rag.AMBER, null, null, null, null);

        ThemeSection theme = ReportCompiler.compile(Lines.report(List.of(measure), List.of(action, other)))
                .themes().get(0);

        assertThat(theme.outcomes()).containsExactly("More homes people can afford", "Nobody sleeps rough");
    }
}
