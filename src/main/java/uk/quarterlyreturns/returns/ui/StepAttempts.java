package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.returns.QualityCheckClaims;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * A decision on a return taken from its panel: asked first where it cannot be taken back, and a refusal said on the
 * panel with what was typed kept.
 */
final class StepAttempts {

    /**
     * A decision taken from the panel. On the quality check, {@code takeOver} takes the check over from a colleague
     * holding it (QualityCheckClaims), which is asked about first; other steps have nobody to take it from.
     */
    interface Decision {
        void take(boolean takeOver);
    }

    private final TextArea comment;
    private final Paragraph message;
    private final Runnable recheck;

    /**
     * @param comment the panel's comment, checked before a step that needs one
     * @param message where the panel says why a step was not taken
     * @param recheck shows again what a sign-off refused for being incomplete lists
     */
    StepAttempts(TextArea comment, Paragraph message, Runnable recheck) {
        this.comment = comment;
        this.message = message;
        this.recheck = recheck;
    }

    /**
     * Signing off vouches for the figures and passes the return on for good: asked first, unless something unsaved or
     * missing would refuse it anyway, which is then said at once for the director to put right.
     */
    void askToSignOff(ServiceReturn r, FormItems items, ReturnSheets sheets, Runnable signOff,
            Consumer<String> done) {
        Decision step = takeOver -> signOff.run(); // a sign-off is nobody's to take over
        if (!items.unsaved().isEmpty() || !sheets.completeness(r.id()).complete()) {
            attempt(step, done, "Signed off");
            return;
        }
        ask(StepQuestions.signOff(r.serviceName()), step, done, "Signed off");
    }

    /**
     * Accepting locks the return and may be the last the report waits for: asked first, unless an open challenge or
     * an unexplained query would refuse it anyway, which is then said at once.
     */
    void askToAccept(ServiceReturn r, ReturnWorkflow workflow, Decision accept, Consumer<String> done) {
        if (workflow.whyNotAccepted(r.id()).isPresent()) {
            attempt(accept, done, "Accepted");
            return;
        }
        ask(StepQuestions.accept(r.serviceName()), accept, done, "Accepted");
    }

    /**
     * Sending back and reopening mail the service and take the return out of the taker's hands: asked first, with
     * the comment checked before the question so that nothing typed is lost to a refusal.
     */
    void askWithComment(String needed, StepQuestions.Question question, Decision step, Consumer<String> done,
            String outcome) {
        if (comment.getValue().isBlank()) {
            comment.setInvalid(true);
            comment.setErrorMessage(needed);
            message.setText(needed);
            return;
        }
        ask(question, step, done, outcome);
    }

    /** Cancel leaves the page as it was; the answer takes the step as the click did without a question. */
    private void ask(StepQuestions.Question question, Decision step, Consumer<String> done, String outcome) {
        Confirmations.ask(question.header(), question.text(), question.confirm(), () -> attempt(step, done, outcome));
    }

    private void attempt(Decision step, Consumer<String> done, String outcome) {
        attempt(() -> step.take(false), done, outcome, step);
    }

    /**
     * Takes the step; a refusal is said on the panel, with what was typed kept. One refused because a colleague holds
     * the check is asked about, and taken over from them if the answer is yes.
     */
    private void attempt(Runnable action, Consumer<String> done, String outcome, Decision step) {
        try {
            action.run();
            done.accept(outcome);
        } catch (QualityCheckClaims.ClaimedByColleague ex) {
            StepQuestions.Question question = StepQuestions.claimed(ex.claim());
            Confirmations.ask(question.header(), question.text(), question.confirm(),
                    () -> attempt(() -> step.take(true), done, outcome, step));
        } catch (ReturnNotReadyException ex) {
            recheck.run();
            message.setText("Not signed off: " + ex.problems().size() + (ex.problems().size() == 1
                    ? " item needs" : " items need") + " attention, listed under Completeness above.");
        } catch (IllegalArgumentException ex) {
            comment.setInvalid(true);
            comment.setErrorMessage(ex.getMessage());
            message.setText(ex.getMessage());
        } catch (NotAllowedException | IllegalStateException ex) {
            message.setText("Not done: " + ex.getMessage());
        }
    }
}
