package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ui.FigureText;
import uk.quarterlyreturns.returns.MeasureGiven;

/**
 * A measure's figure for the quarter on the form: its field, named for the quarter it is for; the ratio and note it
 * came from; and whether it is provisional. The measure's editor rates and saves what it reads here.
 */
class QuarterFigure extends Div {

    /** Words people type for a figure they do not have: the form has a box for that, which they are sent to. */
    private static final Pattern NO_FIGURE = Pattern.compile("(?i)n/?a|tb[ca]|not (yet )?available|unavailable"
            + "|unknown|pending|awaited|to follow|-+");
    private static final String NOT_AVAILABLE_HOW = "Not a number: if there is no figure this quarter, leave the value empty"
            + " and tick \"Not available this quarter\", with the reason";

    /** How long a pause in typing a figure is before it is read, rated and saved. */
    static final int TYPING_PAUSE_MS = 400;

    private final MeasureStatus loaded;
    private final boolean editable;
    private final TextField value = new TextField();
    private final Checkbox provisional = new Checkbox("Provisional");
    private final FigureSourceLine source = new FigureSourceLine();
    private FigureSource uploaded;
    private boolean clearing;

    /** @param changed told of every change made on the form, typed or ticked */
    QuarterFigure(ReturnContext context, MeasureStatus loaded, Runnable changed) {
        this.loaded = loaded;
        this.editable = context.editable();
        Measure m = loaded.measure();
        // a figure collected a quarter behind says which quarter it is for, so that nobody enters this quarter's
        value.setLabel(ArrearsPeriod.of(m.definition(), context.sheet().year().startsOn(), loaded.quarter())
                .map(ArrearsPeriod::figureFor).orElse("Q" + loaded.quarter() + " value") + " ("
                + m.definition().unit().written() + ")");
        ReadWithCode.label(m.code(), value);
        value.setValueChangeMode(ValueChangeMode.LAZY);
        value.setValueChangeTimeout(TYPING_PAUSE_MS);
        // read with its measure by a screen reader: every measure's box is labelled "Provisional" on the screen
        provisional.setAriaLabel(m.code() + " Q" + loaded.quarter() + " value" + ArrearsPeriod.after(m.definition(),
                context.sheet().year().startsOn(), loaded.quarter()) + " is provisional");
        provisional.addClassName("provisional");
        add(value, provisional, source);
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typedByHand();
            }
            changed.run();
        });
        provisional.addValueChangeListener(e -> {
            if (!clearing) {
                changed.run();
            }
        });
        value.setReadOnly(!editable);
        provisional.setReadOnly(!editable);
    }

    /** The figure as typed, null when the field is empty; throws NumberFormatException when it is not a number. */
    BigDecimal figure() {
        return Numbers.parseOptional(value.getValue());
    }

    /** Whether the field holds a number (or nothing); marks it invalid, with why, when it does not. */
    boolean readable() {
        try {
            BigDecimal figure = figure();
            value.setInvalid(false);
            value.setHelperText(precision(figure));
            return true;
        } catch (NumberFormatException e) {
            value.setErrorMessage(NO_FIGURE.matcher(value.getValue().strip()).matches() ? NOT_AVAILABLE_HOW
                    : e.getMessage());
            value.setInvalid(true);
            return false;
        }
    }

    /** Why the field cannot be read, once {@link #readable()} said so. */
    String error() {
        return value.getErrorMessage();
    }

    boolean provisional() {
        return provisional.getValue();
    }

    /** The ratio and note of an uploaded figure still as the file gave it; null once typed over or never uploaded. */
    FigureSource uploaded() {
        return uploaded;
    }

    void focus() {
        value.focus();
    }

    /** An uploaded file's figure with its note and ratio, and its provisional mark, as if typed. */
    void enter(MeasureGiven given) {
        if (given.figure() != null) {
            uploaded = given.source();
            source.show(uploaded.note(), uploaded.numerator(), uploaded.denominator());
            value.setValue(Numbers.plain(given.figure()).toPlainString());
        }
        if (given.provisional() != null) {
            provisional.setValue(given.provisional());
        }
    }

    void fill(QuarterValue entry) {
        uploaded = null;
        value.setValue(entry == null || entry.value() == null ? "" : entry.value().toPlainString());
        source.show(entry == null ? null : entry.note(), entry == null ? null : entry.numerator(),
                entry == null ? null : entry.denominator());
        provisional.setValue(entry != null && entry.provisional());
        // read only, the box is shown only where it says something
        provisional.setVisible(editable || provisional.getValue());
    }

    /** Ticks or unticks the provisional box as saved, the figure left as it is. */
    void markProvisional(boolean marked) {
        provisional.setValue(marked);
    }

    /**
     * Only a figure can be provisional: with the figure cleared (or "not available") the mark goes too, as it is
     * saved, and the box waits for a figure.
     */
    void showProvisional(BigDecimal figure) {
        if (figure == null && provisional.getValue()) {
            clearing = true; // saved with the cleared figure, not as a change of its own
            try {
                provisional.setValue(false);
            } finally {
                clearing = false;
            }
        }
        provisional.setEnabled(figure != null);
    }

    /** A figure typed by hand no longer matches an uploaded ratio; the note stays. */
    private void typedByHand() {
        uploaded = null;
        QuarterValue stored = loaded.entry();
        source.show(stored == null ? null : stored.note(), null, null);
    }

    /**
     * A figure typed to more places than the measure keeps is rated and reported at the measure's precision: said
     * under the field, so the form does not show one figure while its RAG and the report use another.
     */
    private String precision(BigDecimal figure) {
        int decimals = loaded.measure().rule().decimals();
        if (figure == null || figure.stripTrailingZeros().scale() <= decimals) {
            return null;
        }
        return "Reported as " + FigureText.of(figure, loaded.measure().definition().unit(),
                loaded.measure().definition().decimals()) + ": "
                + loaded.measure().code() + " is kept to " + (decimals == 0 ? "whole numbers"
                : decimals + (decimals == 1 ? " decimal place" : " decimal places"));
    }
}
