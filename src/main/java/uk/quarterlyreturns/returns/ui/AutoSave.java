package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * The saves of one item of a return (a measure, a key action): each names the version the form last read
 * or wrote, so a save over someone else's newer one is refused and shown instead of made.
 */
final class AutoSave {

    /** One save: given the expected version (null: no row yet), returns the new one. */
    interface Save {
        int save(Integer expectedVersion);
    }

    /** How long a pause in typing is before what was typed is saved: not a save per keystroke. */
    static final int TYPING_PAUSE_MS = 1000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", java.util.Locale.UK);

    private final ConflictNotice conflict;
    private final Span status = new Span();
    private Integer version;
    private String unsaved;

    AutoSave(Integer version, ConflictNotice conflict) {
        this.version = version;
        this.conflict = conflict;
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    /**
     * Saves the area's text while it is typed, at each pause, not only when the field is left: text typed and then
     * the tab closed (or the session timed out) is kept. The page's requests reach the server one at a time, in
     * order, so two saves of one page never cross; a save from another page meets the version check.
     */
    static void whileTyping(TextArea area) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
    }

    /** The words saying whether the last change was saved, for screen readers too. */
    Span status() {
        return status;
    }

    boolean run(Save save) {
        try {
            version = save.save(version);
            conflict.hide();
            unsaved = null;
            status.setText("Saved at " + TIME.format(AppClock.current().atZone(LondonTime.ZONE)));
            return true;
        } catch (SavedMeanwhileException e) {
            conflict.show(e);
            notSaved("someone else saved this item meanwhile");
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException e) {
            notSaved(e.getMessage());
        }
        return false;
    }

    /** Nothing was saved, for this reason: the words replace an earlier "Saved at" that no longer holds. */
    void notSaved(String why) {
        unsaved = why;
        status.setText("Not saved: " + why);
    }

    /**
     * Why what the item's fields show is not what is stored, while the last change to them could not be saved:
     * submitting or signing off then would hand in the stored figures, not the ones on the screen.
     */
    Optional<String> unsaved() {
        return Optional.ofNullable(unsaved);
    }

    /** Carries on from the version now stored: after the person chose what to do about a conflict. */
    void rebase(Integer storedVersion) {
        version = storedVersion;
        unsaved = null;
        conflict.hide();
    }
}
