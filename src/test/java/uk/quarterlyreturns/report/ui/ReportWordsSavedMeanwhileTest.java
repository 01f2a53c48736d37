package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Two of the performance team have the report page open: the one saving second is told the commentary (or the
 * cover report) changed meanwhile, and neither's words are lost.
 */
class ReportWordsSavedMeanwhileTest extends ViewTest {

    private static final String COMMENTARY = "Performance team commentary for the executive summary";

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportCommentary commentary;
    @Autowired
    CabinetCoverService covers;

    @Test
    void aSaveOverACommentarySavedMeanwhileIsRefusedAndKeepsBoth() throws Exception {
        long cycleId = ReturnScenario.open(context, 2906).cycle.id();
        signIn("perf");
        open("reports/" + cycleId + "/approval");
        TextArea text = _get(TextArea.class, s -> s.withLabel(COMMENTARY));

        commentary.write(cycleId, "perfmgr", "Sickness absence is the quarter's concern.", "");
        _setValue(text, "Repairs recovered in the quarter.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("Someone else saved the commentary");
        assertThat(text.getValue()).isEqualTo("Repairs recovered in the quarter.");
        assertThat(commentary.read(cycleId)).isEqualTo("Sickness absence is the quarter's concern.");

        open("reports/" + cycleId + "/approval");
        text = _get(TextArea.class, s -> s.withLabel(COMMENTARY));
        _setValue(text, text.getValue() + "\n\nRepairs recovered in the quarter.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        _setValue(text, text.getValue() + " Both are watched.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        assertThat(text.isInvalid()).as("a second save over one's own words is fine").isFalse();
        assertThat(commentary.read(cycleId)).isEqualTo(
                "Sickness absence is the quarter's concern.\n\nRepairs recovered in the quarter. Both are watched.");
    }

    @Test
    void aSaveOverACoverReportSavedMeanwhileIsRefused() throws Exception {
        long cycleId = ReturnScenario.open(context, 2907).cycle.id();
        signIn("perf");
        open("reports/" + cycleId + "/approval");

        CabinetCover theirs = new CabinetCover("Cabinet", null, null, "Quarter 2 performance", null, null, null,
                null, null, "Sam Lee, Performance Manager");
        covers.write(cycleId, "perfmgr", theirs, covers.read(cycleId));
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Overview and Scrutiny");
        _click(_get(Button.class, s -> s.withText("Save cover report")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("error")).getText())
                .contains("Someone else saved the cover report");
        assertThat(covers.read(cycleId)).isEqualTo(theirs);
    }
}
