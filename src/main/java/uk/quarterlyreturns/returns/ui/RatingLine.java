package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.YearToDateWords;
import uk.quarterlyreturns.framework.ui.FigureText;
import uk.quarterlyreturns.framework.ui.RagBadge;

/** A measure's rating as typed on the form: its year to date (cumulative measures), RAG and direction of travel. */
class RatingLine extends Div {

    private final RagBadge rag = new RagBadge();
    private final Span ragNote = new Span();
    private final Span direction = new Span();
    private final Span yearToDate = new Span();

    RatingLine() {
        yearToDate.addClassName("year-to-date");
        addClassName("measure-status");
        add(yearToDate, new Span("RAG: "), rag, ragNote, new Span(" Direction: "), direction);
    }

    void show(MeasureStatus live) {
        rag.show(live.rag());
        ragNote.setText(live.override() == null || live.nothingToOverride().isPresent() ? ""
                : live.overrideInEffect() == null ? " (the override applies only once there is a figure to rate)"
                : " (overridden; computed " + live.ragComputed().label() + ")");
        direction.setText(FigureText.direction(live.direction()));
        showYearToDate(live);
    }

    /**
     * A figure that cannot be read has no RAG, direction or year to date (as an invalid one), and says so: "Not yet
     * entered" would tell someone who typed one that it never arrived.
     */
    void showUnreadable() {
        rag.show(null);
        rag.setText("Not worked out: the value typed cannot be read");
        ragNote.setText("");
        direction.setText(FigureText.direction(null));
        yearToDate.setText("");
    }

    /**
     * A cumulative measure is rated on its year to date, the sum of the quarters' own figures, against the profiled
     * target: shown beside the RAG, so the form shows the figure the RAG judged ("60 (122 cum)" in the report), and
     * which earlier quarters it lacks ("Year to date: 30 (Q1 missing)"), judged against the target of those in.
     */
    private void showYearToDate(MeasureStatus status) {
        var d = status.measure().definition();
        boolean cumulative = status.measure().rule().addsUpQuarters();
        if (!cumulative || status.judgedValue() == null) {
            yearToDate.setText("");
            return;
        }
        String missing = YearToDateWords.missing(status.missingQuarters());
        yearToDate.setText("Year to date: " + FigureText.of(status.judgedValue(), d.unit(), d.decimals())
                + (missing.isEmpty() ? "" : " (" + missing + ")") + ". ");
    }
}
