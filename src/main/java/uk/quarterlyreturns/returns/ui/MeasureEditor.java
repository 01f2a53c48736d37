package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.OverrideRule;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ui.RagBadge;
import uk.quarterlyreturns.returns.EntryRoute;
import uk.quarterlyreturns.returns.MeasureGiven;
import uk.quarterlyreturns.returns.ReturnChecks;
import uk.quarterlyreturns.returns.ui.OverrideFields.Chosen;

/**
 * One measure of a return: its figures, this quarter's value with the RAG and direction worked out as it
 * is typed (none for an invalid figure: only its error), the narrative while it is Amber or worse, the
 * explanation a query asks for, "not available" with a reason, whether the figure is provisional (QuarterFigure), and
 * a director's override. Every change is saved at once, unless someone else saved the measure meanwhile: then what
 * this person changed since the page read the measure may go over theirs, the rest of theirs kept.
 */
class MeasureEditor extends Section {

    private final ReturnContext context;
    private final MeasureStatus loaded;
    private final QuarterFigure figure;
    private final NarrativeFields narrative;
    private final OverrideFields override;
    private final TypedRating typed;
    private final AutoSave autoSave;
    private boolean filling;
    private EntryRoute route = EntryRoute.TYPED;
    /** The measure as the page last read or saved it: what this person changed on the page is what differs. */
    private MeasureEntry read;
    private Chosen readOverride;
    private NativeTable facts;

    MeasureEditor(ReturnContext context, MeasureStatus loaded) {
        this.context = context;
        this.loaded = loaded;
        Measure m = loaded.measure();
        addClassName("measure");
        H4 heading = new H4(m.code() + "  " + m.title());
        heading.setId("measure-" + m.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        ConflictNotice conflict = new ConflictNotice(context::namesNow, () -> MeasureOverTheirs.changes(m, read,
                readOverride, stored()), this::keepMine, this::useTheirs);
        read = MeasureOverTheirs.entry(loaded.entry());
        readOverride = Chosen.of(loaded.entry() == null ? null : loaded.entry().override());
        autoSave = new AutoSave(loaded.entry() == null ? null : loaded.entry().version(), conflict);
        override = new OverrideFields(m.code(), OverrideRule.ratings(m), this::overrideChanged);
        override.setVisible(context.editable() && context.canOverride());
        loaded.nothingToOverride().ifPresent(override::refuse);
        narrative = new NarrativeFields(m.code(), context.editable(), this::changed);
        figure = new QuarterFigure(context, loaded, this::changed);
        typed = new TypedRating(context, loaded, figure, narrative, override);
        facts = MeasureFacts.of(context.sheet(), loaded);
        add(heading, facts);
        if (loaded.ragComputed() == Rag.NOT_DUE) {
            add(new Div(new Span("RAG: "), new RagBadge(Rag.NOT_DUE)),
                    new Paragraph("Not due this quarter: no value is expected."));
            return;
        }
        add(figure, typed.line(), typed.problems(), narrative, override, conflict, autoSave.status());
        RagOverride inEffect = loaded.overrideInEffect(); // one kept where it rates nothing is not beside the badge
        if (!override.isVisible() && inEffect != null) {
            add(new Paragraph(new Text("RAG overridden by "), new PersonName(context.sheet().names(), inEffect.by()),
                    new Text(": " + inEffect.justification())));
        }
        fill(loaded.entry(), true);
        typed.refresh();
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
            figure.enter(given);
            narrative.enter(given.reasons(), given.actionsPlanned(), given.queryExplanation(),
                    given.notAvailableReason());
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

    /**
     * After the return said what became of an earlier quarter's figure of this measure: its earlier figures, and a
     * cumulative measure's year to date with its RAG and the narrative it asks for, as the return now leaves them.
     */
    void earlierFigureSaved() {
        context.sheets().measureNow(context.returnId(), loaded.measure().id()).ifPresent(now -> {
            NativeTable shown = MeasureFacts.of(context.sheet(), now);
            replace(facts, shown);
            facts = shown;
            if (loaded.ragComputed() != Rag.NOT_DUE) {
                typed.reread(now);
                typed.refresh();
            }
        });
    }

    /** After a submission was refused: every query now shows its explanation field. */
    void showQueries() {
        typed.showQueries();
    }

    /** Takes the keyboard to the field a problem names: the figure, the narrative or the query's explanation. */
    void focus(ReturnChecks.Field field) {
        switch (field) {
            case NARRATIVE -> narrative.focusNarrative();
            case EXPLANATION -> narrative.focusExplanation();
            default -> figure.focus();
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
        if (!typed.refresh()) {
            holdBackFigure();
            return;
        }
        save(typedEntry());
    }

    /**
     * A figure that cannot be read is not saved, but the words typed beside it are, with the figure as stored: words
     * are never lost to a figure still being corrected. The status keeps saying the figure is not saved.
     */
    private void holdBackFigure() {
        MeasureEntry words = new MeasureEntry(read.value(), narrative.reasons(), narrative.actionsPlanned(),
                narrative.explanation(), narrative.notAvailableReason(), null, read.provisional());
        if (MeasureOverTheirs.same(words, read) || save(words)) {
            autoSave.notSaved("the value typed cannot be read (" + figure.error() + "); correct it and it is saved"
                    + (hasWords(words) ? ". Your words are saved" : ""));
        }
    }

    private static boolean hasWords(MeasureEntry e) {
        return e.reasons() != null || e.actionsPlanned() != null || e.queryExplanation() != null
                || e.notAvailableReason() != null;
    }

    private MeasureEntry typedEntry() {
        return new MeasureEntry(figure.figure(), narrative.reasons(), narrative.actionsPlanned(),
                narrative.explanation(), narrative.notAvailableReason(), figure.uploaded(), figure.provisional());
    }

    private boolean save(MeasureEntry entry) {
        EntryRoute by = route;
        if (autoSave.run(expected -> context.editing().saveMeasure(context.returnId(), loaded.measure().id(),
                expected, entry, context.user(), by))) {
            read = entry;
            return true;
        }
        return false;
    }

    private void overrideChanged() {
        if (filling || !override.offered() || !override.isComplete()) {
            return;
        }
        if (!typed.refresh()) {
            autoSave.notSaved("correct the value first (" + figure.error() + ")");
            return;
        }
        EntryRoute by = route;
        Chosen chosen = override.chosen();
        if (autoSave.run(expected -> context.editing().saveOverride(context.returnId(), loaded.measure().id(),
                expected, chosen.rag(), override.justification(), context.user(), by))) {
            readOverride = chosen;
        }
    }

    /**
     * Shows theirs with the fields changed here since the page read the measure, and saves that over theirs: the
     * form then holds what is saved, so a later save (or a refused one) cannot send their other fields back.
     */
    private void keepMine() {
        if (!typed.refresh()) {
            autoSave.notSaved("correct the value first (" + figure.error() + ")");
            return;
        }
        QuarterValue theirs = stored();
        MeasureEntry mine = typedEntry();
        boolean figureMine = MeasureOverTheirs.figureChanged(read, mine);
        boolean overrideMine = override.offered() && !override.chosen().equals(readOverride);
        QuarterValue shown = MeasureOverTheirs.shown(loaded, MeasureOverTheirs.merged(read, mine,
                MeasureOverTheirs.entry(theirs)), theirs);
        filling = true;
        try {
            if (figureMine) {
                figure.markProvisional(shown.provisional()); // the figure stays as typed, or as uploaded
            } else {
                figure.fill(shown);
            }
            narrative.fill(shown);
            if (!overrideMine) {
                override.fill(theirs == null ? null : theirs.override());
            }
        } finally {
            filling = false;
        }
        read(theirs);
        if (!MeasureOverTheirs.same(typedEntry(), read)) {
            changed();
        }
        if (overrideMine) {
            overrideChanged();
        }
        typed.refresh();
    }

    private void useTheirs() {
        QuarterValue theirs = stored();
        fill(theirs, true);
        read(theirs);
        typed.refresh();
    }

    /** Carries on from the measure as now stored, as if the page had just read it. */
    private void read(QuarterValue stored) {
        autoSave.rebase(stored == null ? null : stored.version());
        read = MeasureOverTheirs.entry(stored);
        readOverride = Chosen.of(stored == null ? null : stored.override());
    }

    private QuarterValue stored() {
        return context.sheets().entry(loaded.measure().id(), loaded.quarter()).orElse(null);
    }

    private void fill(QuarterValue entry, boolean withOverride) {
        filling = true;
        try {
            figure.fill(entry);
            narrative.fill(entry);
            if (withOverride) {
                override.fill(entry == null ? null : entry.override());
            }
        } finally {
            filling = false;
        }
    }
}
