package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightChecks;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.HighlightReports.Stored;
import uk.quarterlyreturns.returns.ReturnChecks;

/**
 * The return's highlight report, for a service the performance team asked for one: current issues,
 * improvements and the head of service's narrative. What is typed is saved at each pause in typing, like the
 * rest of the form, so nothing typed is lost on submitting or closing the page; a refused save keeps what was
 * typed; a save over someone else's newer one is refused and shown, as on a measure, and saved over theirs only
 * the fields changed here since the page read the report go over theirs.
 */
class HighlightEditor extends Section {

    private final ReturnContext context;
    private final HighlightReports highlights;
    private final TextArea issues = new TextArea("Current issues");
    private final TextArea improvements = new TextArea("Improvements");
    private final TextArea narrative = new TextArea("Head of service's narrative");
    private final AutoSave autoSave;
    private boolean filling;
    /** The report as the page last read or saved it: what this person changed on the page is what differs. */
    private Highlight read;

    HighlightEditor(ReturnContext context, HighlightReports highlights) {
        this.context = context;
        this.highlights = highlights;
        addClassName("highlight-report");
        Stored stored = stored();
        ConflictNotice conflict = new ConflictNotice(context::namesNow, this::theirChanges, this::keepMine,
                this::useTheirs);
        autoSave = new AutoSave(version(stored), conflict);
        read = highlight(stored);
        for (TextArea area : List.of(issues, improvements, narrative)) {
            area.setWidthFull();
            area.setMaxLength(HighlightReports.MOST_CHARACTERS);
            area.setReadOnly(!context.editable());
            AutoSave.whileTyping(area);
            area.addValueChangeListener(e -> save());
        }
        fill(read);
        add(new H3("Highlight report"), new Paragraph("Printed in the report's highlight reports, after the themes."),
                issues, improvements, narrative, conflict);
        if (context.editable()) {
            add(autoSave.status());
        }
    }

    /** Why what the highlight report's fields show is not what is saved, or empty when it is. */
    Optional<String> unsaved() {
        return autoSave.unsaved();
    }

    /** Takes the keyboard to the field a problem asks for: the narrative, or else current issues. */
    void focus(ReturnChecks.Problem p) {
        (p.message().equals(HighlightChecks.NO_NARRATIVE) ? narrative : issues).focus();
    }

    private void save() {
        if (filling || !context.editable()) {
            return;
        }
        Highlight typed = typed();
        if (autoSave.run(expected -> highlights.save(context.returnId(), context.user(), expected, typed))) {
            read = typed;
        }
    }

    private Highlight typed() {
        return new Highlight(issues.getValue(), improvements.getValue(), narrative.getValue());
    }

    /** Shows theirs with the fields changed here since the page read the report, and saves that over theirs. */
    private void keepMine() {
        Stored stored = stored();
        Highlight mine = typed();
        Highlight theirs = highlight(stored);
        Highlight merged = new Highlight(TheirChanges.over(read.currentIssues(), mine.currentIssues(),
                theirs.currentIssues()), TheirChanges.over(read.improvements(), mine.improvements(),
                theirs.improvements()), TheirChanges.over(read.narrative(), mine.narrative(), theirs.narrative()));
        fill(merged);
        read(stored);
        if (!merged.equals(theirs)) {
            save();
        }
    }

    private void useTheirs() {
        Stored theirs = stored();
        fill(highlight(theirs));
        read(theirs);
    }

    /** Carries on from the report as now stored, as if the page had just read it. */
    private void read(Stored stored) {
        autoSave.rebase(version(stored));
        read = highlight(stored);
    }

    private List<String> theirChanges() {
        Highlight theirs = highlight(stored());
        return new TheirChanges().words("current issues", read.currentIssues(), theirs.currentIssues())
                .words("improvements", read.improvements(), theirs.improvements())
                .words("the head of service's narrative", read.narrative(), theirs.narrative()).list();
    }

    /** The report as now stored, or null while nobody has saved one. */
    private Stored stored() {
        return highlights.stored(context.returnId()).orElse(null);
    }

    private void fill(Highlight h) {
        filling = true;
        try {
            issues.setValue(text(h.currentIssues()));
            improvements.setValue(text(h.improvements()));
            narrative.setValue(text(h.narrative()));
        } finally {
            filling = false;
        }
    }

    private static Highlight highlight(Stored stored) {
        return stored == null ? Highlight.EMPTY : stored.highlight();
    }

    private static Integer version(Stored stored) {
        return stored == null ? null : stored.version();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
