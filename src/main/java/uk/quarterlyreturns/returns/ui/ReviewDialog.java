package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * One row of the quality check in full: the figures, the whole narrative, the query's explanation, the
 * override's justification, and the item's challenges with the service's answers; during the check, the
 * field to add a challenge.
 */
class ReviewDialog extends FormDialog {

    ReviewDialog(ReviewItem item, Challenges challenges, ServiceReturn shown, String user, boolean canChallenge,
            Runnable recorded) {
        setHeaderTitle(ReviewCells.item(item));
        setWidth("min(48rem, 95vw)");
        addClassName("review-dialog");
        Div rag = new Div(new Span("RAG: "), new RagBadge(item.rag()));
        add(rag, line("Why shown", ReviewCells.flags(item)));
        if (item.kind() == ReviewItem.Kind.MEASURE) {
            add(line("Value", ReviewCells.valueInFull(item)), line("Target", ReviewCells.target(item)),
                    line("Direction of travel", ReviewCells.direction(item)),
                    line("Change since last quarter", ReviewCells.change(item)));
            if (ReviewCells.note(item) != null) {
                add(line("Note", ReviewCells.note(item)));
            }
        }
        if (item.commentary() != null) {
            add(line("Commentary", item.commentary()));
        }
        add(line("Reasons for performance", text(item.reasons())),
                line("Actions planned to address issues", text(item.actionsPlanned())));
        if (item.query()) {
            add(line("Query", item.queryExplanation() == null ? "not explained" : item.queryExplanation()));
        }
        if (item.override() != null) {
            add(line("RAG override", item.override().rag().label() + " by " + item.names().of(item.override().by())
                    + " (computed " + (item.measure().ragComputed() == null ? "none" : item.measure().ragComputed()
                            .label()) + "): " + item.override().justification()));
        }
        add(new H4("Challenges"));
        if (item.challenges().isEmpty() && !canChallenge) {
            add(new Paragraph("No challenges."));
        }
        ChallengeBox box = new ChallengeBox(item.code(), item.challenges(), item.names(), item.challengeOpen(),
                challenges, shown, user, canChallenge, false).onRecorded(recorded);
        add(box);
        addDialogCloseActionListener(esc -> leave(box, item.code()));
        getFooter().add(new Button("Close", e -> leave(box, item.code())));
    }

    /** Closes, but asks first when a challenge is typed and not yet added: closing would lose it. */
    private void leave(ChallengeBox box, String code) {
        if (!box.holdsTyping()) {
            close();
            return;
        }
        Confirmations.askDestructive("Discard your challenge?", "The challenge you typed on " + code
                + " is not added yet. Cancel to go back to it and add it.", "Discard it", this::close);
    }

    private static Paragraph line(String label, String text) {
        Paragraph p = new Paragraph();
        Span name = new Span(label + ": ");
        name.addClassName("review-label");
        p.add(name, new Span(text));
        return p;
    }

    private static String text(String words) {
        return words == null ? ReviewCells.NONE : words;
    }
}
