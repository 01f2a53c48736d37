package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.report.ReportVersion;

/**
 * The chief executive's decision on one compilation of the report: approve it, or return it with comments; the
 * decision is taken on this step and no other.
 */
class ApprovalDecision extends VerticalLayout {

    private final TextArea comments = new TextArea("Comments for the performance team");

    ApprovalDecision(ReportApproval approval, Cycle c, ReportVersion v, String step, String username) {
        comments.setWidthFull();
        comments.setMaxLength(ReportApproval.MOST_CHARACTERS);
        comments.setHelperText("Needed to return the report: say what should change");
        Button approve = new Button("Approve report", e -> Confirmations.ask("Approve the report?", "Version "
                + v.version() + " of the " + c.shortName() + " report will be published to every reader as PDF and"
                + " spreadsheet. It cannot be changed afterwards.", "Approve and publish",
                () -> ApprovalOutcome.carryOut(this, () -> approval.approve(c.id(), username, step),
                        "Approved: the report is being published")));
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
                    "Return with comments", () -> ApprovalOutcome.carryOut(this, () -> approval.returnWithComments(
                            c.id(), username, comments.getValue(), step), "Returned to the performance team"));
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
}
