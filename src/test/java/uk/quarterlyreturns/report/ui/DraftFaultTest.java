package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A draft that fails in a way nobody foresaw is told as the other screens tell a fault: a plain sentence and a
 * reference to quote, never the exception's text (SQL, class names), which goes to the log under the reference.
 */
class DraftFaultTest extends ViewTest {

    @Autowired ApplicationContext context;

    @Test
    void anUnexpectedFailureShowsAReferenceNotItsText() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4183);
        signIn("perf");
        open("reports/" + scenario.cycle.id() + "/approval");
        DraftReportPanel panel = _get(DraftReportPanel.class);

        panel.refused(new RuntimeException("ERROR: relation \"report_version\" does not exist"));
        panel.refused(new IllegalStateException(new SQLException("select * from app_user")));
        panel.refused(new IllegalStateException("A draft is compiled while returns are being collected"));

        String shown = panel.getElement().getTextRecursively();
        assertThat(shown).doesNotContain("report_version", "app_user", "SQLException", "Exception")
                .containsPattern("Something went wrong and the draft could not be compiled\\. Nothing was stored or"
                        + " sent; try again, and if it keeps happening, tell the administrator the reference"
                        + " [0-9a-f]{8}\\.")
                .contains("No draft: A draft is compiled while returns are being collected");
        assertThat(shown.split("Something went wrong", -1)).as("each fault told").hasSize(3);
    }
}
