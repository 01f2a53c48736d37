package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.returns.QualityCheckClaims;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ReturnNotReadyException;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * The decision on a return that has left the service: the director sees how complete it is now (and what is
 * missing, to put right first) and signs it off (with a note for the performance team if they wish) or sends it
 * back; the performance team reads
 * that note and accepts it or sends it back; an accepted one can be reopened with a reason.
 */
class DecisionPanel extends Section {

    private enum Step { SIGN_OFF, QUALITY_CHECK, OWN_WORK_CHECK, REOPEN }

    static final String PUBLISHED = "The published report prints this return as submitted, so nothing in it can be"
            + " changed here. To correct it, or to give what it now lacks, send it back with the reason: it is"
            + " reopened for correction, and once it is accepted the corrected report goes to the chief"
            + " executive and is published as the next version.";

    static final String OWN_WORK = "You prepared, submitted or signed off this return, so another member of the"
            + " performance team must accept it. You may still send it back.";

    private final TextArea comment = new TextArea();
    private final TextArea note = new TextArea("Note for the performance team (optional)");
    private final Paragraph message = new Paragraph();
    private final boolean correction;
    private Runnable recheck = () -> { };
    private final StepAttempts attempts = new StepAttempts(comment, message, () -> recheck.run());

    /**
     * @param items the return's form on the page: the way to an item's field (for the list of what is missing), what
     *              it shows unsaved, which holds the sign-off back, and when it was read
     */
    static Optional<DecisionPanel> forReturn(ReturnSheet sheet, String user, ReturnPermissions permissions,
            ReturnWorkflow workflow, ReturnSheets sheets, FormItems items, Consumer<String> done) {
        ServiceReturn r = sheet.serviceReturn();
        boolean published = sheet.cycle().status() == CycleStatus.PUBLISHED;
        Step step = null;
        if (r.status() == ReturnStatus.SUBMITTED && permissions.canSignOff(user, r)) {
            step = Step.SIGN_OFF;
        } else if (r.status() == ReturnStatus.SIGNED_OFF && permissions.isPerformanceTeam(user)) {
            step = permissions.canAccept(user, r) ? Step.QUALITY_CHECK : Step.OWN_WORK_CHECK;
        } else if (r.status() == ReturnStatus.ACCEPTED && permissions.isPerformanceTeam(user)) {
            step = Step.REOPEN;
        }
        boolean correction = step != null && step != Step.REOPEN && workflow.sendingBackCorrects(r);
        return Optional.ofNullable(step).map(s -> new DecisionPanel(s, r, published, correction, user, workflow,
                sheets, items, done));
    }

    /**
     * @param published whether the quarter's report is published: reopening then starts a correction
     * @param correction whether the published report prints the return as submitted: sending it back reopens it
     */
    private DecisionPanel(Step step, ServiceReturn r, boolean published, boolean correction, String user,
            ReturnWorkflow workflow, ReturnSheets sheets, FormItems items, Consumer<String> done) {
        long returnId = r.id();
        int seen = r.version(); // decisions are on the version this page shows
        addClassName("decision-panel");
        this.correction = correction;
        comment.setWidthFull();
        note.setWidthFull();
        note.setMaxLength(ReturnWorkflow.MOST_CHARACTERS);
        comment.setMaxLength(ReturnWorkflow.MOST_CHARACTERS);
        message.getElement().setAttribute("aria-live", "assertive");
        switch (step) {
            case SIGN_OFF -> {
                Runnable signOff = () -> {
                    List<ReturnChecks.Problem> unsaved = items.unsaved();
                    if (!unsaved.isEmpty()) {
                        throw new ReturnNotReadyException(unsaved, "signed off");
                    }
                    workflow.signOff(returnId, seen, items.readAt(), user, note.getValue());
                };
                review("Sign-off", "Check the return above. Signing it off sends it to the performance"
                        + " team for their quality check.", primary("Sign off return",
                                () -> attempts.askToSignOff(r, items, sheets, signOff, done)),
                        takeOver -> workflow.sendBackToService(returnId, seen, user, comment.getValue()),
                        sendingBack(r, true), done);
                SignOffCompleteness completeness = new SignOffCompleteness(returnId, sheets, items);
                recheck = completeness::show;
                addComponentAtIndex(2, completeness);
                addComponentAtIndex(3, note);
            }
            case OWN_WORK_CHECK -> {
                Button accept = primary("Accept return", () -> { });
                accept.setEnabled(false);
                review("Quality check", OWN_WORK, accept, takeOver -> workflow.sendBackByPerformanceTeam(returnId,
                        seen, user, comment.getValue(), takeOver),
                        sendingBack(r, false), done);
                addSignOffNote(r, sheets); // whoever may send it back reads what the director said with it
            }
            case QUALITY_CHECK -> {
                HorizontalLayout buttons = review("Quality check", "Accept the return if it is complete and"
                        + " credible; otherwise send it back saying what needs changing.", primary("Accept return",
                        () -> attempts.askToAccept(r, workflow, takeOver -> workflow.accept(returnId, seen, user,
                                takeOver), done)), takeOver -> workflow.sendBackByPerformanceTeam(returnId, seen, user,
                                comment.getValue(), takeOver),
                        sendingBack(r, false), done);
                // said before anyone decides: deciding would refuse the challenges the claimant is typing
                workflow.checkClaimedByColleague(r, user).ifPresent(claim -> buttons.add(claimedNote(claim)));
                addSignOffNote(r, sheets);
            }
            case REOPEN -> {
                comment.setLabel("Reason for reopening");
                add(new H3("Correction"));
                Optional<String> notNow = workflow.whyNotReopen(r);
                if (notNow.isPresent()) {
                    add(new Paragraph(notNow.get())); // said before anyone types a reason it would refuse
                } else {
                    add(new Paragraph("Reopen the accepted return to correct it: it goes round the service, sign-off"
                            + " and quality check again."), comment, new Button("Reopen return…",
                            e -> attempts.askWithComment(ReturnWorkflow.REOPEN_REASON_NEEDED,
                                    StepQuestions.reopen(r.serviceName(), published),
                                    takeOver -> workflow.reopen(returnId, seen, user, comment.getValue()), done,
                                    "Reopened")));
                }
            }
            default -> throw new IllegalStateException(step.name());
        }
        add(message);
    }

    /** A decision either way: pass the return on, or send it back with the comment, asked first; its buttons. */
    private HorizontalLayout review(String title, String explanation, Button approve, StepAttempts.Decision sendBack,
            StepQuestions.Question sendingBack, Consumer<String> done) {
        comment.setLabel(correction ? "Reason for the correction (needed to send it back)"
                : "Comment for the service (needed to send it back)");
        HorizontalLayout buttons = new HorizontalLayout(approve, new Button("Send back to the service",
                e -> attempts.askWithComment(ReturnWorkflow.SEND_BACK_COMMENT_NEEDED, sendingBack, sendBack, done,
                        correction ? "Sent back for correction" : "Sent back to the service")));
        add(new H3(title), new Paragraph(explanation), comment, buttons);
        if (correction) {
            Paragraph published = new Paragraph(PUBLISHED);
            published.addClassName("correction-note");
            addComponentAtIndex(2, published);
        }
        return buttons;
    }

    /** Sending back a return the published report prints as submitted reopens it for correction: said so. */
    private StepQuestions.Question sendingBack(ServiceReturn r, boolean atSignOff) {
        return correction ? StepQuestions.sendBackToCorrect(r.serviceName())
                : StepQuestions.sendBack(r.serviceName(), atSignOff);
    }

    /** "Claimed by Lucy Wade since …", beside Accept. */
    private static Span claimedNote(QualityCheckClaims.Claim claim) {
        Span note = new Span("Claimed by " + claim.name() + claim.sinceWhen()
                + ": they may be typing challenges, so check with them before you decide.");
        note.addClassName("check-claimed");
        return note;
    }

    private static Button primary(String text, Runnable click) {
        Button b = new Button(text, e -> click.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    /** The director's note with their sign-off, under the step's explanation, when they left one. */
    private void addSignOffNote(ServiceReturn r, ReturnSheets sheets) {
        if (r.signOffNote() != null) {
            Paragraph directorNote = new Paragraph(new Text("Note from "),
                    new PersonName(sheets.names(r), r.signedOffBy()), new Text(" at sign-off: " + r.signOffNote()));
            directorNote.addClassName("sign-off-note");
            addComponentAtIndex(2, directorNote);
        }
    }
}
