package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import uk.quarterlyreturns.framework.FigureSource;

/** Under a value: the numerator and denominator it was worked out from, and the note it came with. */
class FigureSourceLine extends Span {

    FigureSourceLine() {
        addClassName("figure-source");
    }

    void show(String note, BigDecimal numerator, BigDecimal denominator) {
        String ratio = FigureSource.ratio(numerator, denominator);
        String text = (ratio == null ? "" : "From " + ratio) + (ratio != null && note != null ? ". " : "")
                + (note == null ? "" : "Note: " + note);
        setText(text);
        setVisible(!text.isEmpty());
    }
}
