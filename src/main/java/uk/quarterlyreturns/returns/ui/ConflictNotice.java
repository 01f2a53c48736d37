package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * Shown on an item whose save was refused because someone else saved it after this person opened the return: who,
 * when and which fields they changed. Their input stays in the fields; they choose whether to save what they changed
 * over the other's save (the other's changes to the rest stay, TheirChanges), or, once they confirm, drop it.
 */
class ConflictNotice extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.UK)
            .withZone(LondonTime.ZONE);

    private final Paragraph message = new Paragraph();
    private final Supplier<Names> names;
    private final Supplier<List<String>> theirChanges;

    /**
     * @param names        the names of the return's people as they stand when the save is refused
     * @param theirChanges what the other person changed since the page read the item, in brief (TheirChanges)
     */
    ConflictNotice(Supplier<Names> names, Supplier<List<String>> theirChanges, Runnable keepMine,
            Runnable useTheirs) {
        this.names = names;
        this.theirChanges = theirChanges;
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        add(message, new HorizontalLayout(new Button("Save mine over theirs", e -> keepMine.run()),
                new Button("Discard mine and show theirs", e -> Confirmations.askDestructive("Discard your changes?",
                        "Your changes to this item that are not saved will be lost, and the form will show what the"
                                + " other person saved.", "Discard mine", useTheirs))));
        setVisible(false);
    }

    void show(SavedMeanwhileException e) {
        String who = e.savedBy() == null ? "Someone else" : names.get().of(e.savedBy());
        String when = e.savedAt() == null ? "" : " at " + TIME.format(e.savedAt());
        List<String> changed = theirChanges.get();
        message.setText("Not saved: " + who + " saved this item" + when + ", after you opened the return."
                + (changed.isEmpty() ? "" : " What they changed: " + String.join("; ", changed) + ".")
                + " Your input is still here. Save mine over theirs saves only the fields you changed and keeps the"
                + " rest of theirs; or discard yours and see what they saved.");
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
