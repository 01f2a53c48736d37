package uk.quarterlyreturns.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.quarterlyreturns.base.Faults;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A click whose step fails says so over the page, which stays (Vaadin alone would put its error page in its place):
 * a change at the same moment asks to try again; anything else gives a reference that the log holds with the
 * exception, and nothing of its text.
 */
@ExtendWith(OutputCaptureExtension.class)
class ActionErrorsTest extends ViewTest {

    @Test
    void aStepThatMetAChangeAtTheSameMomentAsksToTryAgain() {
        signIn("data.housing");
        failed(new RuntimeException("the submission failed", new OptimisticLockingException("ENGINE-03005 UPDATE"
                + " ExecutionEntity[42] failed")));

        assertThat(NotificationsKt.getNotifications()).singleElement().extracting(ActionErrorsTest::text)
                .isEqualTo(Faults.AT_THE_SAME_MOMENT);
    }

    @Test
    void anyOtherFailureGivesAReferenceTheLogHoldsAndKeepsThePage(CapturedOutput output) {
        signIn("data.housing");
        List<HasElement> page = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        failed(new IllegalArgumentException("select password_hash from app_user"));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as("the page as it was")
                .isEqualTo(page).isNotEmpty();
        String shown = text(NotificationsKt.getNotifications().get(0));
        assertThat(shown).startsWith(ActionErrors.FAULT).doesNotContain("password_hash", "Exception");
        String reference = shown.substring(ActionErrors.FAULT.length(), shown.length() - 1);
        assertThat(reference).matches("[0-9a-f]{8}");
        assertThat(output.getOut()).contains("A step failed (reference " + reference + ")",
                "select password_hash from app_user");
    }

    /** The failure as Vaadin hands it over from a click: to the session's error handler. */
    private static void failed(Throwable t) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(t));
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text");
    }
}
