package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * Shown on an item whose save was refused because someone else saved it after this person opened the
 * return. Their input stays in the fields; they choose whether to save it over the other, or drop it.
 */
class ConflictNotice extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.UK)
            .withZone(LondonTime.ZONE);

    private final Paragraph message = new Paragraph();
    private final Supplier<Names> names;

    /** @param names the names of the return's people as they stand when the save is refused */
    ConflictNotice(Supplier<Names> names, Runnable keepMine, Runnable useTheirs) {
        this.names = names;
        addClassName("conflict");
        getElement().setAttribute("role", "alert");
        add(message, new HorizontalLayout(new Button("Save mine over theirs", e -> keepMine.run()),
                new Button("Discard mine and show theirs", e -> useTheirs.run())));
        setVisible(false);
    }

    void show(SavedMeanwhileException e) {
        String who = e.savedBy() == null ? "Someone else" : names.get().of(e.savedBy());
        String when = e.savedAt() == null ? "" : " at " + TIME.format(e.savedAt());
        message.setText("Not saved: " + who + " saved this item" + when + ", after you opened the return. Your"
                + " input is still here. Save it over theirs, or discard it and see what they saved.");
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
