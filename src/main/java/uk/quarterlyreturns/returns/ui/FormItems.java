package uk.quarterlyreturns.returns.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.returns.HighlightChecks;
import uk.quarterlyreturns.returns.ReturnChecks;

/**
 * The items of a return's form as the page shows them: the way to each one's field, and what the fields show that
 * could not be saved (a figure the form cannot read, a save refused because someone else saved the item meanwhile).
 * Submitting or signing off hands in what is stored, so the form refuses both while anything on it is not; and
 * the page was read at a moment, after which changes by others went unseen. A challenge or answer typed and not sent
 * is not saved either: leaving the page loses it, though submitting does not hand it in.
 */
final class FormItems {

    final Map<String, MeasureEditor> measures = new LinkedHashMap<>();
    final Map<String, KeyActionEditor> actions = new LinkedHashMap<>();
    /** Earlier quarters' provisional figures, by "HF-1 Q1". */
    final Map<String, EarlierFigure> earlierFigures = new LinkedHashMap<>();
    /** The challenges and answers of the quality check, by item. */
    final Map<String, ChallengeBox> challenges = new LinkedHashMap<>();
    private final Instant readAt;
    private HighlightEditor highlight;

    /** @param readAt when the page read the return (taken before reading it) */
    FormItems(Instant readAt) {
        this.readAt = readAt;
    }

    Instant readAt() {
        return readAt;
    }

    void highlight(HighlightEditor editor) {
        this.highlight = editor;
    }

    /** After the return said what became of an earlier figure: its measure on the form, when shown, rated again. */
    void earlierFigureSaved(Measure measure) {
        MeasureEditor editor = measures.get(measure.code());
        if (editor != null && editor.measure().id() == measure.id()) { // not last year's measure of the same code
            editor.earlierFigureSaved();
        }
    }

    /** The way to the field a problem is about, on its item, or null when the form does not show the item. */
    Function<ReturnChecks.Problem, Runnable> focusOn() {
        return p -> measures.containsKey(p.code()) ? () -> measures.get(p.code()).focus(ReturnChecks.fieldOf(p))
                : actions.containsKey(p.code()) ? () -> actions.get(p.code()).focus(ReturnChecks.fieldOf(p))
                : highlight != null && p.code().equals(HighlightChecks.ITEM) ? () -> highlight.focus(p) : null;
    }

    /** Each item whose fields show what is not saved, with why, as an error that blocks the return. */
    List<ReturnChecks.Problem> unsaved() {
        List<ReturnChecks.Problem> found = new ArrayList<>();
        whyUnsaved().forEach((code, why) -> found.add(new ReturnChecks.Problem(code, ReturnChecks.Level.ERROR,
                "Not saved: " + why)));
        return found;
    }

    /**
     * What on the page is not saved, item by item ("HF-1: the value typed cannot be read ..."), with any challenge or
     * answer typed and not sent, or empty.
     */
    Optional<String> unsavedInWords() {
        List<String> why = new ArrayList<>();
        whyUnsaved().forEach((code, w) -> why.add(code + ": " + w));
        challenges.forEach((code, box) -> box.typing().ifPresent(w -> why.add(code + ": " + w)));
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }

    private Map<String, String> whyUnsaved() {
        Map<String, String> found = new LinkedHashMap<>();
        measures.forEach((code, editor) -> editor.unsaved().ifPresent(w -> found.put(code, w)));
        actions.forEach((code, editor) -> editor.unsaved().ifPresent(w -> found.put(code, w)));
        earlierFigures.forEach((item, figure) -> figure.unsaved().ifPresent(w -> found.put(item, w)));
        if (highlight != null) {
            highlight.unsaved().ifPresent(w -> found.put(HighlightChecks.ITEM, w));
        }
        return found;
    }
}
