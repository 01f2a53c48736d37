package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.tabular.Numbers;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.OverrideRule;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ui.FigureText;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.returns.EntryRoute;
import uk.quarterlyreturns.returns.MeasureGiven;
import uk.quarterlyreturns.returns.ReturnChecks;

/**
 * One measure of a return: its figures, this quarter's value with the RAG and direction worked out as it
 * is typed (none for an invalid figure: only its error), the narrative while it is Amber or worse, the
 * explanation a query asks for, "not available" with a reason, whether the figure is provisional, and a director's
 * override. Every change is
 * saved at once, unless someone else saved the measure meanwhile.
 */
class MeasureEditor extends Section {

    private final ReturnContext context;
    private final MeasureStatus loaded;
    private final TextField value = new TextField();
    private final Checkbox provisional = new Checkbox("Provisional");
    private final NarrativeFields narrative;
    private final OverrideFields override;
    private final RatingLine rating = new RatingLine();
    private final ProblemList problems = new ProblemList();
    private final FigureSourceLine source = new FigureSourceLine();
    private final AutoSave autoSave;
    private boolean filling;
    private boolean submitTried;
    private MeasureStatus live;
    private FigureSource uploaded;
    private EntryRoute route = EntryRoute.TYPED;

    MeasureEditor(ReturnContext context, MeasureStatus loaded) {
        this.context = context;
        this.loaded = loaded;
        Measure m = loaded.measure();
        addClassName("measure");
        H4 heading = new H4(m.code() + "  " + m.title());
        heading.setId("measure-" + m.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        ConflictNotice conflict = new ConflictNotice(context::namesNow, this::keepMine, this::useTheirs);
        autoSave = new AutoSave(loaded.entry() == null ? null : loaded.entry().version(), conflict);
        override = new OverrideFields(m.code(), OverrideRule.ratings(m), this::overrideChanged);
        override.setVisible(context.editable() && context.canOverride());
        loaded.nothingToOverride().ifPresent(override::refuse);
        narrative = new NarrativeFields(context.editable(), this::changed);
        add(heading, MeasureFacts.of(context.sheet(), loaded));
        if (loaded.ragComputed() == Rag.NOT_DUE) {
            add(new Div(new Span("RAG: "), new RagBadge(Rag.NOT_DUE)),
                    new Paragraph("Not due this quarter: no value is expected."));
            return;
        }
        // a figure collected a quarter behind says which quarter it is for, so that nobody enters this quarter's
        value.setLabel(ArrearsPeriod.of(m.definition(), context.sheet().year().startsOn(), loaded.quarter())
                .map(ArrearsPeriod::figureFor).orElse("Q" + loaded.quarter() + " value") + " ("
                + m.definition().unit().written() + ")");
        value.setValueChangeMode(ValueChangeMode.LAZY);
        value.setValueChangeTimeout(400);
        // read with its measure by a screen reader: every measure's box is labelled "Provisional" on the screen
        provisional.setAriaLabel(m.code() + " Q" + loaded.quarter() + " value" + ArrearsPeriod.after(m.definition(),
                context.sheet().year().startsOn(), loaded.quarter()) + " is provisional");
        provisional.addClassName("provisional");
        add(value, provisional, source, rating, problems, narrative, override, conflict, autoSave.status());
        RagOverride inEffect = loaded.overrideInEffect(); // one kept where it rates nothing is not beside the badge
        if (!override.isVisible() && inEffect != null) {
            add(new Paragraph(new Text("RAG overridden by "), new PersonName(context.sheet().names(), inEffect.by()),
                    new Text(": " + inEffect.justification())));
        }
        fill(loaded.entry());
        value.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typedByHand();
            }
            changed();
        });
        provisional.addValueChangeListener(e -> changed());
        value.setReadOnly(!context.editable());
        provisional.setReadOnly(!context.editable());
        refresh();
    }

    Measure measure() {
        return loaded.measure();
    }

    /**
     * What an uploaded file gives this measure, entered into its fields as if typed (a figure with its note and
     * ratio), then saved as the form saves typing: the measure at once, and an override with its justification.
     */
    void enter(MeasureGiven given) {
        filling = true; // one save for the whole row, not one per field
        try {
            if (given.figure() != null) {
                uploaded = given.source();
                source.show(uploaded.note(), uploaded.numerator(), uploaded.denominator());
                value.setValue(Numbers.plain(given.figure()).toPlainString());
            }
            narrative.enter(given.reasons(), given.actionsPlanned(), given.queryExplanation(),
                    given.notAvailableReason());
            if (given.provisional() != null) {
                provisional.setValue(given.provisional());
            }
            if (given.override() != null) {
                override.fill(new RagOverride(given.override(), context.user(), AppClock.current(),
                        given.overrideJustification()));
            }
        } finally {
            filling = false;
        }
        route = EntryRoute.UPLOADED_FILE; // the history says each change the file's row makes came from it
        try {
            changed();
            if (given.override() != null) {
                overrideChanged();
            }
        } finally {
            route = EntryRoute.TYPED;
        }
    }

    /** A figure typed by hand no longer matches an uploaded ratio; the note stays. */
    private void typedByHand() {
        uploaded = null;
        QuarterValue stored = loaded.entry();
        source.show(stored == null ? null : stored.note(), null, null);
    }

    /** After a submission was refused: every query now shows its explanation field. */
    void showQueries() {
        submitTried = true;
        refresh();
    }

    /** Takes the keyboard to the field a problem names: the figure, the narrative or the query's explanation. */
    void focus(ReturnChecks.Field field) {
        switch (field) {
            case NARRATIVE -> narrative.focusNarrative();
            case EXPLANATION -> narrative.focusExplanation();
            default -> value.focus();
        }
    }

    /** Why what this measure's fields show is not what is saved, or empty when it is. */
    Optional<String> unsaved() {
        if (override.offered() && !override.isComplete()) {
            return Optional.of("the RAG override chosen is saved only with its justification");
        }
        return autoSave.unsaved();
    }

    private void changed() {
        if (filling) {
            return;
        }
        if (!refresh()) {
            // The whole measure is saved at once, so nothing of it is until its figure can be read.
            autoSave.notSaved("correct the value first (" + value.getErrorMessage() + "); what you type here is"
                    + " saved with it");
            return;
        }
        MeasureEntry entry = new MeasureEntry(figure(), narrative.reasons(), narrative.actionsPlanned(),
                narrative.explanation(), narrative.notAvailableReason(), uploaded, provisional.getValue());
        EntryRoute by = route;
        autoSave.run(expected -> context.editing().saveMeasure(context.returnId(), loaded.measure().id(),
                expected, entry, context.user(), by));
    }

    private void overrideChanged() {
        if (filling || !override.offered() || !override.isComplete()) {
            return;
        }
        if (!refresh()) {
            autoSave.notSaved("correct the value first (" + value.getErrorMessage() + ")");
            return;
        }
        EntryRoute by = route;
        autoSave.run(expected -> context.editing().saveOverride(context.returnId(), loaded.measure().id(),
                expected, override.rag(), override.justification(), context.user(), by));
    }

    /** Rates and checks the measure as typed; false while the value is not a number. */
    private boolean refresh() {
        BigDecimal figure;
        try {
            figure = Numbers.parseOptional(value.getValue());
            value.setInvalid(false);
            value.setHelperText(precision(figure));
        } catch (NumberFormatException e) {
            value.setErrorMessage(e.getMessage());
            value.setInvalid(true);
            rating.showNone(); // what the last readable figure rated is not what the field shows now
            problems.show(List.of());
            return false;
        }
        QuarterValue typed = new QuarterValue(loaded.measure().id(), loaded.quarter(), figure, null, null, null,
                narrative.reasons(), narrative.actionsPlanned(), narrative.explanation(),
                figure == null ? narrative.notAvailableReason() : null,
                override.isVisible() ? override.typed(context.user()) : currentOverride(), null, null, 0);
        live = context.sheets().asTyped(context.sheet(), loaded, typed);
        showProvisional(figure);
        rating.show(live);
        List<ReturnChecks.Problem> found = context.sheets().problems(live);
        // An empty value is an error everywhere at first: it is reported once a submission was tried.
        problems.show(found.stream().filter(p -> figure != null || submitTried).toList());
        narrative.showNotAvailable(figure == null && context.editable()
                || loaded.entry() != null && loaded.entry().notAvailable());
        boolean query = found.stream().anyMatch(p -> p.level() == ReturnChecks.Level.QUERY);
        narrative.show(live.rag() != null && live.rag().isAmberOrWorse(), query);
        return true;
    }

    /**
     * Only a figure can be provisional: with the figure cleared (or "not available") the mark goes too, as it is
     * saved, and the box waits for a figure.
     */
    private void showProvisional(BigDecimal figure) {
        if (figure == null && provisional.getValue()) {
            boolean wasFilling = filling;
            filling = true; // saved with the cleared figure, not as a change of its own
            provisional.setValue(false);
            filling = wasFilling;
        }
        provisional.setEnabled(figure != null);
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

    private BigDecimal figure() {
        return Numbers.parseOptional(value.getValue());
    }

    private RagOverride currentOverride() {
        return loaded.entry() == null ? null : loaded.entry().override();
    }

    private void keepMine() {
        autoSave.rebase(context.sheets().entry(loaded.measure().id(), loaded.quarter())
                .map(QuarterValue::version).orElse(null));
        changed();
        if (override.offered()) {
            overrideChanged();
        }
    }

    private void useTheirs() {
        QuarterValue theirs = context.sheets().entry(loaded.measure().id(), loaded.quarter()).orElse(null);
        fill(theirs);
        autoSave.rebase(theirs == null ? null : theirs.version());
        refresh();
    }

    private void fill(QuarterValue entry) {
        filling = true;
        uploaded = null;
        try {
            value.setValue(entry == null || entry.value() == null ? "" : entry.value().toPlainString());
            source.show(entry == null ? null : entry.note(), entry == null ? null : entry.numerator(),
                    entry == null ? null : entry.denominator());
            narrative.fill(entry);
            provisional.setValue(entry != null && entry.provisional());
            // read only, the box is shown only where it says something
            provisional.setVisible(context.editable() || provisional.getValue());
            override.fill(entry == null ? null : entry.override());
        } finally {
            filling = false;
        }
    }
}
