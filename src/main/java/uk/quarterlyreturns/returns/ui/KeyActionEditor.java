package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ui.RagSelect;
import uk.quarterlyreturns.returns.ActionGiven;
import uk.quarterlyreturns.returns.EntryRoute;
import uk.quarterlyreturns.returns.EntryTexts;
import uk.quarterlyreturns.returns.ReturnChecks;

/**
 * A key action of the return: its status this quarter, the commentary, and while it is Amber or worse the
 * reasons for performance and the actions planned; saved as they are typed, its problems shown as it goes. Saved over
 * someone else's newer save, only the fields changed here since the page read the key action go over theirs.
 */
class KeyActionEditor extends Section {

    private final ReturnContext context;
    private final KeyAction action;
    private final Select<Rag> status = RagSelect.of("Status this quarter", "Not yet given");
    private final TextArea commentary = new TextArea("Commentary");
    private final TextArea reasons = new TextArea("Reasons for performance");
    private final TextArea actionsPlanned = new TextArea("Actions planned to address issues");
    private final ProblemList problems = new ProblemList();
    private final AutoSave autoSave;
    private boolean filling;
    private boolean submitTried;
    /** The key action as the page last read or saved it: what this person changed on the page is what differs. */
    private ActionEntry read;

    KeyActionEditor(ReturnContext context, KeyAction action, StatusEntry entry) {
        this.context = context;
        this.action = action;
        addClassName("key-action");
        H4 heading = new H4(action.code() + "  " + action.definition().title());
        heading.setId("action-" + action.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        ConflictNotice conflict = new ConflictNotice(context::namesNow, this::theirChanges, this::keepMine,
                this::useTheirs);
        autoSave = new AutoSave(entry == null ? null : entry.version(), conflict);
        read = words(entry);
        ReadWithCode.label(action.code(), status);
        ReadWithCode.label(action.code(), commentary, reasons, actionsPlanned);
        for (TextArea area : List.of(commentary, reasons, actionsPlanned)) {
            area.setWidthFull();
            area.setMaxLength(EntryTexts.MOST_CHARACTERS);
            area.setReadOnly(!context.editable());
            AutoSave.whileTyping(area);
            area.addValueChangeListener(e -> save());
        }
        commentary.setRequiredIndicatorVisible(context.editable());
        fill(read);
        status.addValueChangeListener(e -> save());
        status.setReadOnly(!context.editable());
        add(heading, status, commentary, problems, reasons, actionsPlanned, conflict, autoSave.status());
        refresh();
    }

    String code() {
        return action.code();
    }

    /** Takes the keyboard to the field a problem names: the status, the commentary or the narrative. */
    void focus(ReturnChecks.Field field) {
        switch (field) {
            case COMMENTARY -> commentary.focus();
            case NARRATIVE -> NarrativeFields.firstEmpty(reasons, actionsPlanned).focus();
            default -> status.focus();
        }
    }

    /** Why what this key action's fields show is not what is saved, or empty when it is. */
    Optional<String> unsaved() {
        return autoSave.unsaved();
    }

    /** After a submission was refused: a blank status or commentary is now reported too. */
    void showProblems() {
        submitTried = true;
        refresh();
    }

    /** What an uploaded file gives this key action, entered as if typed (null leaves a field), then saved. */
    void enter(ActionGiven given) {
        filling = true; // one save for the whole row
        try {
            if (given.status() != null) {
                status.setValue(given.status());
            }
            NarrativeFields.enter(commentary, given.commentary());
            NarrativeFields.enter(reasons, given.reasons());
            NarrativeFields.enter(actionsPlanned, given.actionsPlanned());
        } finally {
            filling = false;
        }
        save(EntryRoute.UPLOADED_FILE); // the history says each change the file's row makes came from it
    }

    private ActionEntry typed() {
        return new ActionEntry(status.getValue(), commentary.getValue(), reasons.getValue(),
                actionsPlanned.getValue());
    }

    private void save() {
        save(EntryRoute.TYPED);
    }

    private void save(EntryRoute route) {
        if (filling) {
            return;
        }
        refresh();
        ActionEntry entry = typed();
        if (autoSave.run(expected -> context.editing().saveKeyAction(context.returnId(), action.id(), expected, entry,
                context.user(), route))) {
            read = entry;
        }
    }

    private void refresh() {
        ActionEntry entry = typed();
        boolean offTrack = entry.status() != null && entry.status().isAmberOrWorse();
        for (TextArea area : List.of(reasons, actionsPlanned)) {
            area.setVisible(offTrack || !area.isEmpty());
            area.setRequiredIndicatorVisible(offTrack);
            area.setHelperText(offTrack && !area.isReadOnly() ? "Required while this key action is Amber or worse"
                    : null);
        }
        List<ReturnChecks.Problem> found = context.sheets().problems(new ReturnChecks.ActionState(action.code(),
                entry));
        // A blank status or commentary is reported once a submission was tried; a missing narrative at once.
        problems.show(context.editable() ? found.stream().filter(p -> submitTried
                || p.message().contains("reasons for performance")).toList() : List.of());
    }

    /** Shows theirs with the fields changed here since the page read the key action, and saves that over theirs. */
    private void keepMine() {
        StatusEntry stored = stored();
        ActionEntry mine = typed();
        ActionEntry theirs = words(stored);
        ActionEntry merged = new ActionEntry(TheirChanges.over(read.status(), mine.status(), theirs.status()),
                TheirChanges.over(read.commentary(), mine.commentary(), theirs.commentary()),
                TheirChanges.over(read.reasons(), mine.reasons(), theirs.reasons()),
                TheirChanges.over(read.actionsPlanned(), mine.actionsPlanned(), theirs.actionsPlanned()));
        fill(merged);
        read(stored);
        if (!merged.equals(theirs)) {
            save();
        }
        refresh();
    }

    private void useTheirs() {
        StatusEntry theirs = stored();
        fill(words(theirs));
        read(theirs);
        refresh();
    }

    /** Carries on from the key action as now stored, as if the page had just read it. */
    private void read(StatusEntry stored) {
        autoSave.rebase(stored == null ? null : stored.version());
        read = words(stored);
    }

    private List<String> theirChanges() {
        ActionEntry theirs = words(stored());
        return new TheirChanges().field("the status", read.status(), theirs.status(), theirs.status() == null
                        ? "not given" : theirs.status().label())
                .words("the commentary", read.commentary(), theirs.commentary())
                .words("the reasons for performance", read.reasons(), theirs.reasons())
                .words("the actions planned", read.actionsPlanned(), theirs.actionsPlanned()).list();
    }

    private static ActionEntry words(StatusEntry stored) {
        return stored == null ? new ActionEntry(null, null, null, null) : stored.words();
    }

    private StatusEntry stored() {
        return context.sheets().actionStatus(action.id(), context.sheet().quarter()).orElse(null);
    }

    private void fill(ActionEntry entry) {
        filling = true;
        try {
            status.setValue(entry.status());
            commentary.setValue(text(entry.commentary()));
            reasons.setValue(text(entry.reasons()));
            actionsPlanned.setValue(text(entry.actionsPlanned()));
        } finally {
            filling = false;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
