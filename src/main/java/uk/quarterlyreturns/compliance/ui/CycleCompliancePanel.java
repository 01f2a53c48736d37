package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.people.Person;

/**
 * One cycle on the compliance screen: what is said about it, its counts, the filter and the tools over its table, the
 * table itself and the completeness curve, all for whoever reads it (every service's returns for the performance team,
 * their directorate's for a strategic director).
 */
class CycleCompliancePanel extends Div {

    /** What the panel reads and acts with, as the screen was given them. */
    record Parts(ComplianceService compliance, CycleService cycles, ComplianceActions actions,
            AuditPackLink auditPack, TableExportLink tableExport, Clock clock) {
    }

    private final Parts parts;
    private final ComplianceFilter filter;
    /** The screen's list of cycles read again and this one shown again (by id), after its dates changed. */
    private final LongConsumer reload;
    private final Paragraph listed = new Paragraph();
    private Person me;
    private Cycle shown;
    private ComplianceGrid grid;
    private Paragraph dates;
    private List<ReturnCompliance> rows = List.of();
    private ComplianceTools tools = new ComplianceTools();

    CycleCompliancePanel(Parts parts, Person me, ComplianceFilter filter, LongConsumer reload) {
        this.parts = parts;
        this.me = me;
        this.filter = filter;
        this.reload = reload;
        setWidthFull();
        listed.addClassName("listed-count");
        listed.getElement().setAttribute("aria-live", "polite");
    }

    /** Who reads the screen, as they were when a cycle was last shown. */
    Person reader() {
        return me;
    }

    /** Whether a cycle's table is shown, which the filter can filter again without reading it again. */
    boolean showsATable() {
        return grid != null;
    }

    void noCycleYet() {
        removeAll();
        CycleNotes.noCycleYet(isPerformanceTeam()).forEach(this::add);
    }

    void show(Cycle asRead) {
        removeAll();
        // read afresh: after an action here, a colleague may have moved its dates (or its report on) meanwhile, and
        // the deadline, the dates line and the dialogs must say what the rows were judged against
        Cycle c = asRead == null ? null : parts.cycles().find(asRead.id()).orElse(asRead);
        shown = c;
        if (c == null) {
            return;
        }
        me = parts.actions().person(me.username()); // someone moved to another directorate since the page opened
        Long directorate = TableExportLink.directorateSeenBy(me);
        CycleCompliance figures = parts.compliance().forCycle(c.id(), directorate);
        rows = figures.returns();
        filter.directoratesOf(rows);
        grid = new ComplianceGrid(c.submissionDeadline(), ZonedDateTime.now(parts.clock()),
                isPerformanceTeam() ? r -> chase(List.of(r), false) : null,
                isPerformanceTeam() ? r -> new ExtendDeadlineDialog(parts.actions().extensions(), me, c, r, () -> {
                    show(shown);
                    focusTheDates();
                }).open() : null);
        grid.setItems(rows);
        Grids.fitRows(grid, rows.size());
        tools = tools(c);
        dates = CycleNotes.dates(c, figures);
        add(dates);
        CycleNotes.dateChanges(parts.actions().dateChanges().changes(c.id())).forEach(this::add);
        if (isPerformanceTeam()) {
            // however it was opened (by the timer, the API, the dialog), as the dialog warned before opening
            parts.cycles().beyondTheCalendar(c).map(warning -> CycleNotes.said(warning, "calendar-ends"))
                    .ifPresent(this::add);
            // the report would wait unseen for a chief executive who may approve it
            parts.actions().whyNobodyApproves(c).ifPresent(why -> add(
                    CycleNotes.said("The " + c.shortName() + " report awaits approval. " + why, "nobody-approves")));
            StoppedStepNotes.of(parts.actions().stoppedSteps(), c, me, () -> show(shown)).forEach(this::add);
        }
        add(new ComplianceCounts(figures.figures()), filter, listed, tools, grid);
        applyFilter();
        if (!figures.nothingDue().isEmpty()) {
            add(CycleNotes.nothingDue(figures.nothingDue()));
        }
        add(parts.actions().completeness(c, figures, directorate));
    }

    /** The grid, its selection, the count, the chase of the late ones and the export take the returns listed. */
    void applyFilter() {
        ((ListDataProvider<ReturnCompliance>) grid.getDataProvider()).setFilter(filter::test);
        // "Accept selected" acts on returns the officer can see: a row the filter hides is no longer selected
        grid.getSelectedItems().stream().filter(filter.negate()).toList().forEach(grid::deselect);
        List<ReturnCompliance> shownNow = listed();
        listed.setText(Finding.listed(shownNow.size(), rows.size(), !filter.isEmpty(), "return", "returns"));
        tools.listed(shownNow, !filter.isEmpty());
    }

    private ComplianceTools tools(Cycle c) {
        ComplianceTools made = new ComplianceTools();
        if (isPerformanceTeam()) {
            made.forThePerformanceTeam(parts.actions(), parts.auditPack(), me, c, grid, this::listed,
                    new ComplianceTools.Afterwards(late -> chase(late, true), result -> {
                        show(c);
                        addComponentAtIndex(0, status(result.message(), "bulk-accept-result"));
                        Notification.show(result.message(), 8000, Notification.Position.TOP_CENTER);
                    }, () -> {
                        reload.accept(c.id());
                        focusTheDates();
                    }));
        }
        made.add(parts.tableExport().of(c, me.username(), filter));
        return made;
    }

    /** The returns the filter leaves, in the order they were read (the grid's own sort aside). */
    private List<ReturnCompliance> listed() {
        return rows.stream().filter(filter).toList();
    }

    /**
     * After a dialog's change the page is drawn again and the button that opened the dialog is gone: the focus goes to
     * the cycle's dates, which say what is now in force, rather than back to the top of the page.
     */
    private void focusTheDates() {
        dates.getElement().setAttribute("tabindex", "-1");
        dates.getElement().executeJs("this.focus()");
    }

    /** What an action did, above the table and read out as it appears. */
    private static Paragraph status(String text, String className) {
        Paragraph said = CycleNotes.said(text, className);
        said.getElement().setAttribute("role", "status");
        return said;
    }

    /**
     * @param late whether these are the late ones listed, each chased only if still late when the chase goes. After
     *     it the page is drawn again and the row's button is gone: what the chase did stays above the table and the
     *     focus goes to it, so it is heard and read at leisure rather than lost with a passing message.
     */
    private void chase(List<ReturnCompliance> targets, boolean late) {
        new ChaseDialog(parts.actions().chasing(), parts.actions().arrivals(), parts.actions().mailServer(), me,
                targets, late, summary -> {
                    show(shown);
                    Paragraph said = status(summary, "chase-result");
                    said.getStyle().set("white-space", "pre-line"); // a reason a service was not chased to a line
                    addComponentAtIndex(0, said);
                    said.getElement().setAttribute("tabindex", "-1");
                    said.getElement().executeJs("this.focus()");
                }).open();
    }

    private boolean isPerformanceTeam() {
        return me.has(Role.PERFORMANCE_TEAM);
    }
}
