package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * An activity indicator's expected range is shown beside its figure in the return its director signs off, and the
 * report prints the figure above, within or below it: while the figure is in a signed-off return of a quarter not yet
 * published, the range changes neither by the file, nor the API, nor the measure's form; its words still may.
 * Year 3932.
 */
class ExpectedRangeUnderSignedReturnTest extends ViewTest {

    private static final String REFUSED = "HF-2's figures for Q2 are in Housing's return, already submitted: changing"
            + " its lower_threshold would change the expected range they were signed off against. Have the return sent"
            + " back first (or reopened, once accepted), or make the change once the Q2 report is published";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;

    @Test
    void theRangeOfAFigureSignedOffDoesNotChangeOnAnyRouteButItsWordsDo() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3932);
        imports.importMeasures(scenario.year, framework("40,90", "Households in temporary accommodation"));
        scenario.completeAndSignOff(); // HF-2 at 55: within the range 40 to 90

        assertThatThrownBy(() -> imports.importMeasures(scenario.year, framework("60,90",
                "Households in temporary accommodation"))).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.column()).isEqualTo("lower_threshold");
                    assertThat(error.message()).isEqualTo(REFUSED);
                }));
        var api = new Api(url(""), "perf", "demo").putCsv("/api/years/" + scenario.year + "/framework",
                csv("60,90", "Households in temporary accommodation"));
        assertThat(api.getStatusCode().value()).as("API").isEqualTo(400);
        assertThat(api.getBody()).contains(REFUSED);

        signIn("perf");
        MeasureEditor editor = new MeasureEditor(imports, years.find(scenario.year).orElseThrow(), hf2(scenario),
                () -> { });
        editor.open();
        _setValue(field(editor, "Lower threshold"), "60");
        _click(_get(editor, Button.class, s -> s.withText("Save")));
        assertThat(field(editor, "Lower threshold").isInvalid()).isTrue();
        assertThat(field(editor, "Lower threshold").getErrorMessage()).isEqualTo(REFUSED);
        assertThat(field(editor, "Lower threshold").getValue()).as("what was typed is kept").isEqualTo("60");
        assertThat(hf2(scenario).lowerThreshold()).isEqualByComparingTo("40");

        imports.importMeasures(scenario.year, framework("40,90", "Households placed in temporary accommodation"));
        assertThat(hf2(scenario).title()).isEqualTo("Households placed in temporary accommodation");
    }

    private FrameworkRow hf2(ReturnScenario scenario) {
        return measures.find(years.find(scenario.year).orElseThrow().id(), "HF-2").orElseThrow().definition();
    }

    /** The scenario's framework with an expected range: HF-2's as given, the others' none. */
    private static TabularFile framework(String range, String title) throws Exception {
        return TabularFile.read(csv(range, title).getBytes(StandardCharsets.UTF_8), "framework.csv");
    }

    private static String csv(String range, String title) throws Exception {
        StringBuilder out = new StringBuilder();
        new ClassPathResource("fixtures/framework-form.csv").getContentAsString(StandardCharsets.UTF_8).lines()
                .forEach(line -> out.append(line.startsWith("code,") ? line + ",lower_threshold,upper_threshold"
                        : line.startsWith("HF-2,") ? line.replace("Households in temporary accommodation", title)
                        + "," + range : line + ",,").append('\n'));
        return out.toString();
    }

    private static TextField field(MeasureEditor editor, String label) {
        return _get(editor, TextField.class, s -> s.withLabel(label));
    }
}
