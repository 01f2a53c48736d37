package uk.quarterlyreturns.report.ui;

import java.util.List;
import java.util.Optional;

/**
 * A part of the report's page where words or choices are typed and then saved (the cover report, the commentary, the
 * highlight report choices). The report is compiled from what is saved, so a compilation asked for with something
 * typed and not saved would leave it out unseen: it is refused, and what was typed stays on the page.
 */
interface UnsavedWords {

    /** What is changed here and not saved, in words ("the commentary"), or empty. */
    Optional<String> unsaved();

    /** Why the report may not be compiled yet from the page holding these parts, or empty. */
    static Optional<String> refusal(List<UnsavedWords> parts) {
        return unsaved(parts).map(what -> "Save " + what + " first: the report is compiled from what is saved, and"
                + " your changes are not saved yet.");
    }

    /** What of these parts is changed and not saved, in words ("the cover report and the commentary"), or empty. */
    static Optional<String> unsaved(List<UnsavedWords> parts) {
        List<String> unsaved = parts.stream().flatMap(p -> p.unsaved().stream()).toList();
        if (unsaved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(unsaved.size() == 1 ? unsaved.get(0)
                : String.join(", ", unsaved.subList(0, unsaved.size() - 1)) + " and " + unsaved.get(unsaved.size() - 1));
    }
}
