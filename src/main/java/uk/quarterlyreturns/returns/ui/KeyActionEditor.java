package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ui.RagSelect;

/** A key action of the return: its status this quarter and the commentary, saved as they change. */
class KeyActionEditor extends Section {

    private final ReturnContext context;
    private final KeyAction action;
    private final Select<Rag> status = RagSelect.of("Status this quarter", "Not yet given");
    private final TextArea commentary = new TextArea("Commentary");
    private final AutoSave autoSave;
    private boolean filling;

    KeyActionEditor(ReturnContext context, KeyAction action, StatusEntry entry) {
        this.context = context;
        this.action = action;
        addClassName("key-action");
        H4 heading = new H4(action.code() + "  " + action.definition().title());
        heading.setId("action-" + action.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        commentary.setWidthFull();
        commentary.setMaxLength(4000);
        ConflictNotice conflict = new ConflictNotice(this::keepMine, this::useTheirs);
        autoSave = new AutoSave(entry == null ? null : entry.version(), conflict);
        fill(entry);
        status.addValueChangeListener(e -> save());
        commentary.addValueChangeListener(e -> save());
        status.setReadOnly(!context.editable());
        commentary.setReadOnly(!context.editable());
        add(heading, status, commentary, conflict, autoSave.status());
    }

    private void save() {
        if (filling) {
            return;
        }
        Rag chosen = status.getValue();
        String text = commentary.getValue();
        autoSave.run(expected -> context.editing().saveKeyAction(context.returnId(), action.id(), expected, chosen,
                text, context.user()));
    }

    private void keepMine() {
        autoSave.rebase(stored() == null ? null : stored().version());
        save();
    }

    private void useTheirs() {
        StatusEntry theirs = stored();
        fill(theirs);
        autoSave.rebase(theirs == null ? null : theirs.version());
    }

    private StatusEntry stored() {
        return context.sheets().actionStatus(action.id(), context.sheet().quarter()).orElse(null);
    }

    private void fill(StatusEntry entry) {
        filling = true;
        try {
            status.setValue(entry == null ? null : entry.status());
            commentary.setValue(entry == null || entry.commentary() == null ? "" : entry.commentary());
        } finally {
            filling = false;
        }
    }
}
