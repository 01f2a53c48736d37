package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.quarterlyreturns.base.Faults;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.render.PrintProgress;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The performance team's draft of the report, compiled on request while returns are being collected. It compiles on
 * a thread of its own with its progress shown, as a national collection's takes a minute or more: the page stays
 * live meanwhile, and the button waits for the draft, so one click is one draft.
 */
class DraftReportPanel extends Div {

    private static final DateTimeFormatter TIME = UkDateFormat.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ReportingYear.LONDON);
    private static final Logger LOG = LoggerFactory.getLogger(DraftReportPanel.class);
    /** How often the page asks for news while a draft compiles. */
    private static final int POLL_MS = 1000;

    private final ReportDrafts drafts;
    private final Cycle cycle;
    private final String user;
    /** Why no draft may be compiled now (words typed on the page and not saved), or empty. */
    private final Supplier<Optional<String>> notYet;
    private final Button compile = new Button("Compile a draft report");
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();
    /**
     * The shown draft's PDF file, deleted when another draft replaces it or the page goes. Only its path is kept:
     * the draft's whole HTML (tens of millions of characters at a national collection's size) is not.
     */
    private Path shownPdf;

    DraftReportPanel(ReportDrafts drafts, Cycle cycle, String user, Supplier<Optional<String>> notYet) {
        this.notYet = notYet;
        this.drafts = drafts;
        this.cycle = cycle;
        this.user = user;
        addClassName("draft-report");
        bar.setVisible(false);
        bar.getElement().setAttribute("aria-label", "Progress of the draft report");
        status.getElement().setAttribute("role", "status"); // read out as it changes
        compile.addClickListener(e -> start());
        add(new H3("Draft report"), new Paragraph("Compile a draft at any time during collection to see how the"
                + " report will read. Compilation for the chief executive is on "
                + TIME.format(cycle.compilationDate()) + "."), compile, bar, status, result);
        addDetachListener(e -> {
            e.getUI().setPollInterval(-1);
            discardShown();
        });
    }

    private void start() {
        Optional<String> refused = notYet.get();
        if (refused.isPresent()) {
            status.setText(refused.get());
            return;
        }
        UI ui = UI.getCurrent();
        result.removeAll();
        discardShown();
        try {
            drafts.compileInBackground(cycle.id(), user, progress(ui))
                    .whenComplete((draft, failure) -> {
                        boolean told = tell(ui, () -> {
                            finish(ui);
                            if (failure == null && !isAttached()) {
                                draft.discard(); // the page was left while the draft compiled
                            } else if (failure == null) {
                                show(draft);
                            } else {
                                refused(failure instanceof CompletionException c ? c.getCause() : failure);
                            }
                        });
                        if (!told && draft != null) {
                            draft.discard(); // nobody to show it to
                        }
                    });
        } catch (IllegalStateException | NotAllowedException ex) {
            refused(ex);
            return;
        }
        compile.setEnabled(false);
        bar.setIndeterminate(true);
        bar.setVisible(true);
        status.setText("Compiling the draft from the returns as they stand.");
        ui.setPollInterval(POLL_MS);
    }

    private PrintProgress progress(UI ui) {
        return new PrintProgress() {
            @Override
            public void waiting() {
                tell(ui, () -> status.setText("Waiting for another report to finish printing: this draft starts"
                        + " as soon as it is done."));
            }

            @Override
            public void printed(int steps, int of) {
                tell(ui, () -> {
                    bar.setIndeterminate(false);
                    bar.setValue((double) steps / of);
                    status.setText("Printing the draft: " + steps + " of " + of + " parts done.");
                });
            }
        };
    }

    /** News for the page, unless the person has gone (signed out or closed the tab): then false. */
    private static boolean tell(UI ui, Command news) {
        try {
            ui.access(news);
            return true;
        } catch (UIDetachedException gone) {
            return false;
        }
    }

    private void finish(UI ui) {
        ui.setPollInterval(-1);
        compile.setEnabled(true);
        bar.setVisible(false);
        status.setText("");
    }

    private void show(ReportDrafts.Draft d) {
        shownPdf = d.pdf();
        String name = "draft-report-" + cycle.yearLabel() + "-q" + cycle.quarter() + ".pdf";
        result.add(new Paragraph("Draft compiled at " + TIME.format(d.compiledAt()) + " from the returns as they"
                + " stand. It is marked DRAFT on every page and is not published or sent."),
                ReportFiles.file(name, "application/pdf", "Draft PDF", d.pdf()), new ReportPreview(d.html()));
    }

    /** The shown draft's PDF file, if a draft is shown. */
    Optional<Path> shownPdf() {
        return Optional.ofNullable(shownPdf);
    }

    private void discardShown() {
        if (shownPdf != null) {
            ReportDrafts.Draft.discard(shownPdf);
            shownPdf = null;
        }
    }

    /** A refusal in its own words; anything else only as a reference to quote, its text (SQL, class names) logged. */
    void refused(Throwable why) {
        if ((why instanceof IllegalStateException || why instanceof NotAllowedException) && !Faults.wrapsAFault(why)) {
            result.add(new Paragraph("No draft: " + why.getMessage()));
            return;
        }
        String reference = Faults.reference();
        LOG.error("The draft report of cycle {} could not be compiled (reference {})", cycle.id(), reference, why);
        result.add(new Paragraph("Something went wrong and the draft could not be compiled. Nothing was stored or"
                + " sent; try again, and if it keeps happening, tell the administrator the reference " + reference
                + "."));
    }
}
