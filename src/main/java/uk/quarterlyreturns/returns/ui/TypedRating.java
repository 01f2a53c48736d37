package uk.quarterlyreturns.returns.ui;

import java.math.BigDecimal;
import java.util.List;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.returns.ReturnChecks;

/**
 * A measure's RAG, direction and problems worked out from its fields as typed (MeasureEditor's rating), and the
 * narrative and explanation fields that rating asks for.
 */
class TypedRating {

    private final ReturnContext context;
    private MeasureStatus loaded;
    private final QuarterFigure figure;
    private final NarrativeFields narrative;
    private final OverrideFields override;
    private final RatingLine rating = new RatingLine();
    private final ProblemList problems = new ProblemList();
    private boolean submitTried;

    TypedRating(ReturnContext context, MeasureStatus loaded, QuarterFigure figure, NarrativeFields narrative,
            OverrideFields override) {
        this.context = context;
        this.loaded = loaded;
        this.figure = figure;
        this.narrative = narrative;
        this.override = override;
    }

    RatingLine line() {
        return rating;
    }

    ProblemList problems() {
        return problems;
    }

    /** After a submission was refused: every query now shows its explanation field. */
    void showQueries() {
        submitTried = true;
        refresh();
    }

    /** The measure read again (an earlier quarter's figure revised by the return): rated from its figures now. */
    void reread(MeasureStatus now) {
        loaded = now;
    }

    /** Rates and checks the measure as typed; false while the value is not a number. */
    boolean refresh() {
        if (!figure.readable()) {
            rating.showUnreadable(); // what the last readable figure rated is not what the field shows now
            problems.show(List.of());
            return false;
        }
        BigDecimal value = figure.figure();
        QuarterValue typed = new QuarterValue(loaded.measure().id(), loaded.quarter(), value, null, null, null,
                narrative.reasons(), narrative.actionsPlanned(), narrative.explanation(),
                value == null ? narrative.notAvailableReason() : null,
                override.isVisible() ? override.typed(context.user()) : currentOverride(), null, null, 0);
        MeasureStatus live = context.sheets().asTyped(context.sheet(), loaded, typed);
        figure.showProvisional(value);
        rating.show(live);
        List<ReturnChecks.Problem> found = context.sheets().problems(live);
        // An empty value is an error everywhere at first: it is reported once a submission was tried.
        problems.show(found.stream().filter(p -> value != null || submitTried).toList());
        // read only, the box is shown only where it says something
        narrative.showNotAvailable(value == null && (context.editable()
                || loaded.entry() != null && loaded.entry().notAvailable()));
        boolean query = found.stream().anyMatch(p -> p.level() == ReturnChecks.Level.QUERY);
        narrative.show(live.rag() != null && live.rag().isAmberOrWorse(), query);
        return true;
    }

    private RagOverride currentOverride() {
        return loaded.entry() == null ? null : loaded.entry().override();
    }
}
