package uk.quarterlyreturns.returns.ui;

import java.util.List;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.returns.ui.OverrideFields.Chosen;

/** A measure's fields for "Save mine over theirs" (TheirChanges): as stored, merged, and what the other changed. */
final class MeasureOverTheirs {

    private MeasureOverTheirs() {
    }

    /** What the form would save of a stored entry as it shows it: the same fields compared the same way. */
    static MeasureEntry entry(QuarterValue stored) {
        return stored == null ? new MeasureEntry(null, null, null, null, null, null)
                : new MeasureEntry(stored.value(), stored.reasons(), stored.actionsPlanned(), stored.queryExplanation(),
                        stored.notAvailable() ? stored.notAvailableReason() : null, null, stored.provisional());
    }

    /**
     * Theirs with the fields this person changed since the page read the measure. The figure goes with the file it
     * came from, if any; "not available" and the provisional mark hold only as the merged figure allows (MeasureEntry).
     */
    static MeasureEntry merged(MeasureEntry read, MeasureEntry mine, MeasureEntry theirs) {
        boolean figure = figureChanged(read, mine);
        return new MeasureEntry(figure ? mine.value() : theirs.value(),
                TheirChanges.over(read.reasons(), mine.reasons(), theirs.reasons()),
                TheirChanges.over(read.actionsPlanned(), mine.actionsPlanned(), theirs.actionsPlanned()),
                TheirChanges.over(read.queryExplanation(), mine.queryExplanation(), theirs.queryExplanation()),
                TheirChanges.over(read.notAvailableReason(), mine.notAvailableReason(), theirs.notAvailableReason()),
                figure ? mine.source() : null, TheirChanges.over(read.provisional(), mine.provisional(),
                        theirs.provisional()));
    }

    /** Whether this person changed the figure since the page read it: typed another, or uploaded one. */
    static boolean figureChanged(MeasureEntry read, MeasureEntry mine) {
        return !TheirChanges.same(read.value(), mine.value()) || !TheirChanges.same(read.source(), mine.source());
    }

    /** A merged entry as the form shows it: with the note and ratio stored with their figure. */
    static QuarterValue shown(MeasureStatus loaded, MeasureEntry merged, QuarterValue theirs) {
        return new QuarterValue(loaded.measure().id(), loaded.quarter(), merged.value(),
                theirs == null ? null : theirs.note(), theirs == null ? null : theirs.numerator(),
                theirs == null ? null : theirs.denominator(), merged.reasons(), merged.actionsPlanned(),
                merged.queryExplanation(), merged.notAvailableReason(), null, null, null, 0, merged.provisional());
    }

    /** Whether two entries hold the same, field by field: saving one over the other would change nothing. */
    static boolean same(MeasureEntry a, MeasureEntry b) {
        return !figureChanged(a, b) && TheirChanges.same(a.reasons(), b.reasons())
                && TheirChanges.same(a.actionsPlanned(), b.actionsPlanned())
                && TheirChanges.same(a.queryExplanation(), b.queryExplanation())
                && TheirChanges.same(a.notAvailableReason(), b.notAvailableReason())
                && a.provisional() == b.provisional();
    }

    /** What the other person changed of the measure since the page read it (its entry and override then). */
    static List<String> changes(Measure m, MeasureEntry read, Chosen readOverride, QuarterValue stored) {
        MeasureEntry theirs = entry(stored);
        Chosen override = Chosen.of(stored == null ? null : stored.override());
        return new TheirChanges()
                .field("the figure", read.value(), theirs.value(), theirs.value() == null ? "none"
                        : m.definition().unit().format(theirs.value(), m.definition().decimals()))
                .field("provisional", read.provisional(), theirs.provisional(), ticked(theirs.provisional()))
                .field("not available this quarter", read.notAvailableReason(), theirs.notAvailableReason(),
                        theirs.notAvailableReason() == null ? "not ticked" : "ticked: " + TheirChanges.brief(
                                theirs.notAvailableReason()))
                .words("the reasons for performance", read.reasons(), theirs.reasons())
                .words("the actions planned", read.actionsPlanned(), theirs.actionsPlanned())
                .words("the explanation for the query", read.queryExplanation(), theirs.queryExplanation())
                .field("the RAG override", readOverride, override, override.rag() == null ? "none"
                        : override.rag().label())
                .list();
    }

    private static String ticked(boolean ticked) {
        return ticked ? "ticked" : "not ticked";
    }
}
