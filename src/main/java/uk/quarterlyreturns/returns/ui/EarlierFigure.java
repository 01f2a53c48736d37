package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.EarlierFigures.Offered;

/**
 * One provisional figure from an earlier quarter on the return's form: what this return says of it, or, cleared,
 * nothing yet (a choice made by mistake is taken back, not left to block the submission).
 */
final class EarlierFigure extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final ReturnContext context;
    private final EarlierFigures earlier;
    private final Offered offered;
    private final Runnable saved;
    final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
    final TextField revised = new TextField("Final figure");
    final TextArea reason = new TextArea("Reason for the revision");
    private final Button clear = new Button("Clear the choice");
    final Span status = new Span();
    private final boolean readOnly;
    private Integer version;
    private String unsaved;

    /** @param saved run after each save: the measure's rating on the form follows what the return says */
    EarlierFigure(ReturnContext context, EarlierFigures earlier, Offered o, Runnable saved) {
        this.context = context;
        this.saved = saved;
        this.earlier = earlier;
        this.offered = o;
        this.version = o.version();
        addClassName("earlier-figure");
        Measure m = o.measure();
        String quarter = o.period();
        String figure = figureNow(o);
        String covers = covers(context.sheet().year(), o); // in arrears, Q1's figure is last year's Q4 data
        add(new Paragraph(m.code() + " " + m.title() + ": " + quarter + " figure" + covers + " " + figure
                + (o.changedMeanwhile() ? " (not applied when this return was accepted: the " + quarter
                        + " figure had changed meanwhile)"
                        : o.applied() ? " (made final when this return was accepted)"
                        : o.overtaken() ? overtaken(o)
                        : o.waiting() ? " (provisional: this return's word is applied when the " + quarter
                                + " return, reopened for correction, is accepted again)" : " (provisional)")));
        decision.setLabel(quarter + " figure" + covers);
        decision.setAriaLabel(m.code() + " " + quarter + " figure" + covers);
        decision.setItems(Decision.CONFIRMED, Decision.REVISED);
        decision.setItemLabelGenerator(d -> d == Decision.CONFIRMED ? "Final as reported" : "Revised");
        FigureRevision said = o.said();
        if (said != null) {
            decision.setValue(said.decision());
            if (said.revised() != null) {
                revised.setValue(Numbers.plain(said.revised()).toPlainString());
            }
            reason.setValue(said.reason() == null ? "" : said.reason());
        }
        // every measure's boxes have the same labels on the screen: a screen reader hears which measure's they are
        String unit = m.definition().unit().written();
        revised.setAriaLabel(m.code() + " " + quarter + " figure" + covers + ": final figure (" + unit + ")");
        reason.setAriaLabel(m.code() + " " + quarter + " figure" + covers + ": reason for the revision");
        // saved a moment after typing stops, as this quarter's figure is, not only when the box is left
        revised.setValueChangeMode(ValueChangeMode.LAZY);
        revised.setValueChangeTimeout(QuarterFigure.TYPING_PAUSE_MS);
        reason.setValueChangeMode(ValueChangeMode.LAZY);
        reason.setValueChangeTimeout(AutoSave.TYPING_PAUSE_MS);
        reason.setMaxLength(4000);
        status.addClassName("save-status");
        status.getElement().setAttribute("aria-live", "polite");
        readOnly = !context.editable() || o.applied();
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setAriaLabel(m.code() + " " + quarter + " figure" + covers + ": clear the choice, saying nothing yet");
        clear.addClickListener(e -> decision.clear()); // saved as any change of the choice is
        showRevision();
        decision.setReadOnly(readOnly);
        revised.setReadOnly(readOnly);
        reason.setReadOnly(readOnly);
        add(decision, clear, revised, reason, status);
        if (!readOnly) {
            decision.addValueChangeListener(e -> {
                showRevision();
                save();
            });
            revised.addValueChangeListener(e -> save());
            reason.addValueChangeListener(e -> save());
        }
    }

    private void showRevision() {
        boolean revising = decision.getValue() == Decision.REVISED;
        revised.setVisible(revising);
        reason.setVisible(revising);
        clear.setVisible(!readOnly && decision.getValue() != null);
    }

    /** Saves what the fields hold; what could not be saved stays in them, saying why. */
    private void save() {
        BigDecimal figure = null;
        if (decision.getValue() == Decision.REVISED) {
            try {
                figure = Numbers.parseOptional(revised.getValue());
                revised.setInvalid(false);
            } catch (NumberFormatException e) {
                revised.setErrorMessage(e.getMessage());
                revised.setInvalid(true);
                notSaved(e.getMessage());
                return;
            }
        }
        try {
            version = earlier.save(context.returnId(), offered.measure().id(), offered.earlierQuarter(),
                    offered.figure(), version, decision.getValue(), figure, reason.getValue(), context.user());
            unsaved = null;
            status.setText("Saved at " + TIME.format(AppClock.current().atZone(LondonTime.ZONE)));
        } catch (SavedMeanwhileException e) {
            notSaved(e.getMessage() + ". Your input is still here: open the return again to see what is stored"
                    + " now.");
            return;
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException e) {
            notSaved(e.getMessage());
            return;
        }
        saved.run();
    }

    private void notSaved(String why) {
        unsaved = why;
        status.setText("Not saved: " + why);
    }

    /** Why what the fields show is not what is stored: submitting or signing off would hand in what is. */
    Optional<String> unsaved() {
        return Optional.ofNullable(unsaved);
    }

    /** " (will not be applied: the Q1 figure has changed since, now 86%)": accepting it changes nothing. */
    static String overtaken(Offered o) {
        return " (will not be applied: the " + o.period() + " figure has changed since, now " + figureNow(o)
                + ")";
    }

    /** The earlier figure as stored now: "none" once cleared or said not available in its own return, reopened. */
    static String figureNow(Offered o) {
        Measure m = o.measure();
        return o.figure() == null ? "none" : m.definition().unit().format(o.figure(), m.definition().decimals());
    }

    /**
     * Which quarter an earlier figure reported in arrears covers, read in the return of {@code year}; last year's Q4
     * figure was given in last year's.
     */
    static String covers(ReportingYear year, Offered o) {
        LocalDate reportedIn = o.measure().yearId() == year.id() ? year.startsOn() : year.startsOn().minusYears(1);
        return ArrearsPeriod.after(o.measure().definition(), reportedIn, o.earlierQuarter());
    }
}
