package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.report.ReportVersion;

/**
 * The chief executive's decision on one compilation of the report: approve it, or return it with comments; the
 * decision is taken on this step and no other. Comments typed and not yet sent are kept in their session
 * (UnsentComments) until they decide.
 */
class ApprovalDecision extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** Said before approving with comments typed: approval sends none, so they go to nobody. */
    static final String COMMENTS_NOT_SENT = "The comments you typed are not sent to anyone: to send them, return the"
            + " report with comments instead.";

    private final TextArea comments = new TextArea("Comments for the performance team");

    ApprovalDecision(ReportApproval approval, Cycle c, ReportVersion v, String step, String username) {
        comments.setWidthFull();
        comments.setMaxLength(ReportApproval.MOST_CHARACTERS);
        comments.setHelperText("Needed to return the report: say what should change");
        keepWhatIsTyped(c, v, step, username);
        Button approve = new Button("Approve report", e -> Confirmations.ask("Approve the report?", "Version "
                + v.version() + " of the " + c.shortName() + " report will be published to every reader as PDF and"
                + " spreadsheet. This version cannot be changed afterwards: a correction is published as a later"
                + " version." + (comments.getValue().isBlank() ? ""
                        : " " + COMMENTS_NOT_SENT), "Approve and publish",
                () -> ApprovalOutcome.carryOut(this, () -> {
                    approval.approve(c.id(), username, step);
                    UnsentComments.forget(username, c.id());
                }, "Approved: the report is being published")));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Optional<String> notTheirs = approval.whyNotApprove(c.id(), username);
        notTheirs.ifPresent(why -> approve.setEnabled(false));
        Button send = new Button("Return with comments", e -> {
            if (comments.getValue().isBlank()) {
                comments.setInvalid(true);
                comments.setErrorMessage("Say what should change: the comments go to the performance team");
                return;
            }
            Confirmations.ask("Return the report?", "The report goes back to the performance team with your comments.",
                    "Return with comments", () -> ApprovalOutcome.carryOut(this, () -> {
                        approval.returnWithComments(c.id(), username, comments.getValue(), step);
                        UnsentComments.forget(username, c.id());
                    }, "Returned to the performance team"));
        });
        add(comments, new HorizontalLayout(approve, send));
        setPadding(false);
        notTheirs.ifPresent(why -> {
            Paragraph own = new Paragraph(why);
            own.addClassName("own-work");
            addComponentAsFirst(own);
        });
        addClassName("decision-panel");
    }

    /**
     * Fills the box with what this person typed for the report and did not send, and keeps each change. Words typed
     * on an earlier compilation (it was decided from another browser or tab, then revised or corrected and sent again)
     * are kept, not dropped: they are the chief executive's own words and many of their points may still stand; but
     * they are told the report changed since, so that they read them against the report shown before sending them.
     */
    private void keepWhatIsTyped(Cycle c, ReportVersion v, String step, String username) {
        UnsentComments.of(username, c.id()).ifPresent(kept -> {
            comments.setValue(kept.words());
            if (!kept.step().equals(step)) {
                Paragraph changed = new Paragraph("You typed these comments on an earlier compilation of the report;"
                        + " it was compiled again on " + DAY.format(v.compiledAt().atZone(LondonTime.ZONE))
                        + ". Read them against the report shown here before you return it.");
                changed.addClassName("comments-kept");
                add(changed);
            }
        });
        // Kept at each pause in typing, not only when the box is left: a link followed from it loses nothing.
        comments.setValueChangeMode(ValueChangeMode.LAZY);
        comments.addValueChangeListener(e -> UnsentComments.keep(username, c.id(), step, e.getValue()));
    }
}
