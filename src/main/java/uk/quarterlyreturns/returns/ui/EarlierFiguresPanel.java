package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * "Provisional figures from earlier quarters": each still provisional in an accepted earlier return, confirmed final
 * or revised (a new figure and a reason) here, saved as typed; read only to whoever may not change the return now,
 * and once the return was accepted with it.
 */
class EarlierFiguresPanel extends Section {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    /** The panel, when the return offers any earlier figure; its figures join the form's items. */
    static Optional<EarlierFiguresPanel> of(ReturnContext context, EarlierFigures earlier, FormItems items) {
        List<Offered> offered = earlier.forReturn(context.returnId());
        return offered.isEmpty() ? Optional.empty()
                : Optional.of(new EarlierFiguresPanel(context, earlier, offered, items));
    }

    /**
     * For the quality check: what the return says of each earlier figure it offers ("HF-1: Q1 figure revised from 74%
     * to 76%: reason"), or that it says nothing yet.
     */
    static Optional<Section> saidOf(ReportingYear year, List<Offered> offered) {
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        Section said = new Section();
        said.addClassName("earlier-figures");
        said.add(new H3("Provisional figures from earlier quarters"));
        UnorderedList list = new UnorderedList();
        for (Offered o : offered) {
            Measure m = o.measure();
            String covers = covers(year, o);
            list.add(new ListItem(m.code() + covers + ": " + (o.said() == null ? o.period() + " figure "
                    + m.definition().unit().format(o.figure(), m.definition().decimals())
                    + " still provisional: nothing said" : EarlierFigures.words(m, o.said(), o.period())
                    + (o.changedMeanwhile() ? " (not applied: the " + o.period()
                            + " figure had changed meanwhile)" : o.overtaken() ? overtaken(o) : "")
                    + ragChanges(o))));
        }
        said.add(list);
        return Optional.of(said);
    }

    /**
     * For the quality check of a return reopened for correction: the revisions later returns made of its figures,
     * which its acceptance applies (each only if the figure is still the one it was said of).
     */
    static Optional<Section> waitingOn(List<String> waiting) {
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("earlier-figures");
        section.add(new H3("Figures made final when this return is accepted"), new Paragraph("Later returns, accepted"
                + " while this one was reopened, said what became of these provisional figures. Accepting this"
                + " return applies each, if the figure is still the one reported then."));
        UnorderedList list = new UnorderedList();
        waiting.forEach(words -> list.add(new ListItem(words)));
        section.add(list);
        return Optional.of(section);
    }

    /** " (will not be applied: the Q1 figure has changed since, now 86%)": accepting it changes nothing. */
    private static String overtaken(Offered o) {
        return " (will not be applied: the " + o.period() + " figure has changed since, now " + figureNow(o)
                + ")";
    }

    /** The earlier figure as stored now: "none" once cleared or said not available in its own return, reopened. */
    private static String figureNow(Offered o) {
        Measure m = o.measure();
        return o.figure() == null ? "none" : m.definition().unit().format(o.figure(), m.definition().decimals());
    }

    /**
     * Which quarter an earlier figure reported in arrears covers, read in the return of {@code year}; last year's Q4
     * figure was given in last year's.
     */
    private static String covers(ReportingYear year, Offered o) {
        LocalDate reportedIn = o.measure().yearId() == year.id() ? year.startsOn() : year.startsOn().minusYears(1);
        return ArrearsPeriod.after(o.measure().definition(), reportedIn, o.earlierQuarter());
    }

    /**
     * ". Q1 RAG Green to Red (worse)": what accepting the revision does to the earlier quarter's RAG (and a cumulative
     * measure's year to date now), so that a figure made worse is seen before it becomes final.
     */
    private static String ragChanges(Offered o) {
        return o.ragChanges().stream().map(c -> ". " + (c.quarter() == o.earlierQuarter() ? c.words(o.period(), false)
                : c.words(true)))
                .collect(java.util.stream.Collectors.joining());
    }

    private EarlierFiguresPanel(ReturnContext context, EarlierFigures earlier, List<Offered> offered,
            FormItems items) {
        addClassName("earlier-figures");
        H3 heading = new H3("Provisional figures from earlier quarters");
        heading.setId("earlier-figures");
        getElement().setAttribute("aria-labelledby", "earlier-figures");
        add(heading, new Paragraph("These figures were reported provisional. Say whether each is final as it stands"
                + " or give the final figure and why it changed. The earlier figure changes once this return is"
                + " accepted."));
        for (Offered o : offered) {
            Figure figure = new Figure(context, earlier, o);
            items.earlierFigures.put(o.measure().code() + " " + o.period(), figure);
            add(figure);
        }
    }

    /** One earlier figure: what this return says of it. */
    static final class Figure extends Div {

        private final ReturnContext context;
        private final EarlierFigures earlier;
        private final Offered offered;
        final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();
        final TextField revised = new TextField("Final figure");
        final TextArea reason = new TextArea("Reason for the revision");
        final Span status = new Span();
        private Integer version;
        private String unsaved;

        Figure(ReturnContext context, EarlierFigures earlier, Offered o) {
            this.context = context;
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
            reason.setValueChangeMode(ValueChangeMode.LAZY);
            reason.setValueChangeTimeout(AutoSave.TYPING_PAUSE_MS);
            reason.setMaxLength(4000);
            status.addClassName("save-status");
            status.getElement().setAttribute("aria-live", "polite");
            showRevision();
            boolean readOnly = !context.editable() || o.applied();
            decision.setReadOnly(readOnly);
            revised.setReadOnly(readOnly);
            reason.setReadOnly(readOnly);
            add(decision, revised, reason, status);
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
            } catch (NotAllowedException | IllegalArgumentException | IllegalStateException e) {
                notSaved(e.getMessage());
            }
        }

        private void notSaved(String why) {
            unsaved = why;
            status.setText("Not saved: " + why);
        }

        /** Why what the fields show is not what is stored: submitting or signing off would hand in what is. */
        Optional<String> unsaved() {
            return Optional.ofNullable(unsaved);
        }
    }
}
