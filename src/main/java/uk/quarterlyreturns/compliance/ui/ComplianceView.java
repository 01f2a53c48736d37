package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.base.ui.Grids;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.returns.DeadlineExtension;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.OpeningRefusals;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;

/**
 * How a cycle's returns are coming in: counts, a row per service, chasing by hand, the completeness curve
 * against earlier cycles. The performance team sees every service and acts; a strategic director sees the
 * services of their own directorate.
 */
@Route("compliance")
@PageTitle("Compliance | Quarterly Returns")
@Menu(order = 2, title = "Compliance")
@RolesAllowed({"PERFORMANCE_TEAM", "STRATEGIC_DIRECTOR"})
public class ComplianceView extends VerticalLayout implements BeforeEnterObserver {

    /** "compliance?cycle=12" opens that cycle; without it (or with an unknown one) the newest opens. */
    public static final String CYCLE_PARAMETER = "cycle";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.UK).withZone(ReportingYear.LONDON);

    private final ComplianceService compliance;
    private final CycleService cycles;
    private final ComplianceActions actions;
    private final OpeningRefusals refusals;
    private final AuditPackLink auditPack;
    private final Clock clock;
    private Person me;
    private final Select<Cycle> cycle = new Select<>();
    private final Div content = new Div();
    /** Quarters the timer could not open: said above whichever cycle is shown, until each opens. */
    private final Div notOpened = new Div();
    private final ComplianceFilter filter = new ComplianceFilter(() -> filterInAddress(true),
            () -> filterInAddress(false));
    private final Paragraph listed = new Paragraph();
    private ComplianceGrid grid;
    private Paragraph dates;
    private List<ReturnCompliance> rows = List.of();
    private Button chaseLate;
    /** The address changed for the filter alone: the list shown is filtered again, not read again. */
    private boolean filtering;

    public ComplianceView(ComplianceService compliance, CycleService cycles, ComplianceActions actions,
            OpeningRefusals refusals, AuditPackLink auditPack, CurrentUser user, Clock clock) {
        this.auditPack = auditPack;
        this.compliance = compliance;
        this.refusals = refusals;
        this.cycles = cycles;
        this.actions = actions;
        this.clock = clock;
        this.me = actions.person(user.username());
        content.setWidthFull();
        listed.addClassName("listed-count");
        listed.getElement().setAttribute("aria-live", "polite");
        cycle.setLabel("Cycle");
        cycle.setWidth("24em");
        cycle.setItemLabelGenerator(c -> c == null ? "" : c.shortName() + ": " + c.status().label());
        cycle.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showInAddress(e.getValue());
            } else {
                show(e.getValue());
            }
        });
        HorizontalLayout top = new HorizontalLayout(cycle);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (isPerformanceTeam()) {
            top.add(new Button("Open a cycle…", e -> actions.openCycleDialog(me, this::showInAddress).open()));
        }
        add(new H2("Compliance"), notOpened, top, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Long wanted = parameters.getSingleParameter(CYCLE_PARAMETER)
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        Map<String, String> said = new HashMap<>();
        parameters.getParameters().forEach((name, values) -> said.put(name, values.get(0)));
        filter.read(said);
        boolean filterOnly = filtering && grid != null;
        filtering = false;
        if (filterOnly) {
            applyFilter();
            return;
        }
        reload(wanted);
    }

    /** The address names the cycle and the filter, to keep on refreshing or to share; entering it shows them. */
    private void showInAddress(Cycle c) {
        UI.getCurrent().navigate(ComplianceView.class, address(c));
    }

    private QueryParameters address(Cycle c) {
        Map<String, String> said = new LinkedHashMap<>();
        said.put(CYCLE_PARAMETER, String.valueOf(c.id()));
        said.putAll(filter.parameters());
        return QueryParameters.simple(said);
    }

    private void filterInAddress(boolean typed) {
        if (cycle.getValue() == null) {
            return;
        }
        filtering = true;
        if (typed) {
            Finding.keepInAddress(address(cycle.getValue()));
        } else {
            showInAddress(cycle.getValue());
        }
    }

    /** The grid, its selection, the count, the chase of the late ones and the export take the returns listed. */
    private void applyFilter() {
        ((ListDataProvider<ReturnCompliance>) grid.getDataProvider()).setFilter(filter::test);
        // "Accept selected" acts on returns the officer can see: a row the filter hides is no longer selected
        grid.getSelectedItems().stream().filter(filter.negate()).toList().forEach(grid::deselect);
        List<ReturnCompliance> shown = listed();
        listed.setText(Finding.listed(shown.size(), rows.size(), !filter.isEmpty(), "return", "returns"));
        if (chaseLate != null) {
            List<ReturnCompliance> late = shown.stream().filter(ReturnCompliance::owedLate).toList();
            chaseLate.setText((filter.isEmpty() ? "Chase all late (" : "Chase the late ones listed (")
                    + late.size() + ")");
            chaseLate.setEnabled(!late.isEmpty());
        }
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

    private void reload(Long selectId) {
        showNotOpened();
        List<Cycle> all = cycles.all();
        cycle.setItems(all);
        if (all.isEmpty()) {
            content.removeAll();
            content.add(new Paragraph("No cycle has been opened yet."));
            if (isPerformanceTeam()) {
                // a new council lands here before anything is set up: say what comes first
                content.add(new Paragraph(new Text("A cycle issues the returns of a year's framework: import it on "),
                        new Anchor("framework", "the Framework screen"), new Text(", then open a cycle here.")));
            }
            return;
        }
        Cycle chosen = selectId == null ? all.get(0)
                : all.stream().filter(c -> c.id() == selectId).findFirst().orElse(all.get(0));
        if (chosen.equals(cycle.getValue())) {
            show(chosen); // the same cycle again: setValue would not fire the listener
        } else {
            cycle.setValue(chosen); // the listener shows it, once
        }
    }

    private void show(Cycle c) {
        content.removeAll();
        if (c == null) {
            return;
        }
        me = actions.person(me.username()); // someone moved to another directorate since the page opened
        Long directorate = directorate(me);
        CycleCompliance figures = compliance.forCycle(c.id(), directorate);
        rows = figures.returns();
        filter.directoratesOf(rows);
        ZonedDateTime now = ZonedDateTime.now(clock);
        grid = new ComplianceGrid(c.submissionDeadline(), now,
                isPerformanceTeam() ? r -> chase(List.of(r)) : null,
                isPerformanceTeam() ? r -> new ExtendDeadlineDialog(actions.extensions(), me, c, r, () -> {
                    show(cycle.getValue());
                    focusTheDates();
                }).open() : null);
        grid.setItems(rows);
        Grids.fitRows(grid, rows.size());
        HorizontalLayout tools = new HorizontalLayout();
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        if (isPerformanceTeam()) {
            // the late ones of the list shown (one directorate's, when it is filtered to one): every return owed past
            // the deadline, those sent back or reopened as well as those not yet in
            chaseLate = new Button("", e -> chase(listed().stream().filter(ReturnCompliance::owedLate).toList()));
            // frozen with the service's column, which cannot stay in view while the boxes before it scroll away
            ((GridMultiSelectionModel<?>) grid.setSelectionMode(Grid.SelectionMode.MULTI))
                    .setSelectionColumnFrozen(true);
            Button accept = new Button("Accept selected signed-off returns…", e -> new BulkAcceptDialog(
                    actions.acceptance(), grid.getSelectedItems().stream().map(ReturnCompliance::returnId).toList(),
                    me.username(), result -> {
                        show(c);
                        Paragraph said = new Paragraph(result.message());
                        said.addClassName("bulk-accept-result");
                        said.getElement().setAttribute("role", "status");
                        content.addComponentAtIndex(0, said);
                        Notification.show(result.message(), 8000, Notification.Position.TOP_CENTER);
                    }).open());
            accept.setEnabled(false);
            grid.addSelectionListener(e -> accept.setEnabled(!e.getAllSelectedItems().isEmpty()));
            tools.add(chaseLate, accept, reportLink(c), actions.historyExport(c, me.username()),
                    auditPack.of(c, me.username()));
            if (c.status() == CycleStatus.OPEN) {
                tools.add(new Button("Change dates…", e -> new ChangeDatesDialog(actions.dateChanges(), me, c, () -> {
                    reload(c.id());
                    focusTheDates();
                }).open()));
            }
        }
        tools.add(export(c));
        dates = new Paragraph("Deadline: "
                + LondonTime.deadline(c.submissionDeadline().atZone(LondonTime.ZONE), DAY, DATE_TIME)
                + (figures.figures().extended() > 0 ? " (" + figures.figures().extendedWords() + ")" : "")
                + ". Report compiled on: " + DATE_TIME.format(c.compilationDate()) + ".");
        dates.addClassName("cycle-dates");
        content.add(dates);
        // a date changed after opening is said, with who changed it and why, so nobody is puzzled by a chase
        actions.dateChanges().changes(c.id()).forEach(change -> content.add(said("Dates changed by " + change.by()
                + " on " + UkDates.WHEN.format(change.at()) + ": deadline "
                + DeadlineExtension.when(change.oldDeadline()) + " to " + DeadlineExtension.when(change.newDeadline())
                + ", compilation " + DeadlineExtension.when(change.oldCompilation()) + " to "
                + DeadlineExtension.when(change.newCompilation()) + ". Reason: " + change.reason(), "date-change")));
        if (isPerformanceTeam()) {
            // however it was opened (by the timer, the API, the dialog), as the dialog warned before opening
            cycles.beyondTheCalendar(c).map(warning -> said(warning, "calendar-ends")).ifPresent(content::add);
            // the report would wait unseen for a chief executive who may approve it
            actions.whyNobodyApproves(c).ifPresent(why -> content.add(
                    said("The " + c.shortName() + " report awaits approval. " + why, "nobody-approves")));
        }
        content.add(new ComplianceCounts(figures.figures()), filter, listed, tools, grid);
        applyFilter();
        if (!figures.nothingDue().isEmpty()) {
            content.add(nothingDue(figures.nothingDue()));
        }
        content.add(actions.completeness(c, figures, directorate));
    }

    private void showNotOpened() {
        notOpened.removeAll();
        if (isPerformanceTeam()) {
            refusals.standing().forEach(refusal -> {
                Paragraph said = said(refusal.notice(), "not-opened");
                said.getElement().setAttribute("role", "alert");
                notOpened.add(said);
            });
        }
    }

    /** A sentence above the figures, found by its class. */
    private static Paragraph said(String text, String className) {
        Paragraph said = new Paragraph(text);
        said.addClassName(className);
        return said;
    }

    /** Returns withdrawn mid-cycle are in no figure: said apart, so nobody wonders where they went. */
    private static Paragraph nothingDue(List<String> services) {
        Paragraph said = new Paragraph("Nothing due this quarter, so not counted (their measures and key actions"
                + " moved to other services; see each return's history): " + String.join(", ", services) + ".");
        said.addClassName("nothing-due");
        return said;
    }

    /** The report screen belongs to the report feature, which builds on this one: linked by its route. */
    private static Anchor reportLink(Cycle c) {
        Anchor link = new Anchor("reports/" + c.id() + "/approval", "Report and commentary");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void chase(List<ReturnCompliance> targets) {
        new ChaseDialog(actions.chasing(), actions.arrivals(), actions.mailServer(), me, targets,
                () -> show(cycle.getValue())).open();
    }

    /**
     * The list as filtered on the page, read when the link is followed with its reader's rights as they are then: a
     * page left open gives the returns as they stand, a strategic director's since moved their new directorate's
     * only, and nothing (403) once they may no longer see compliance.
     */
    private Anchor export(Cycle c) {
        String username = me.username();
        return Downloads.refusableLink("Export table (XLSX)", "compliance-" + c.yearLabel() + "-q" + c.quarter()
                + ".xlsx", MediaTypes.XLSX, () -> actions.find(username).filter(ComplianceView::mayRead)
                .map(now -> ComplianceWorkbook.xlsx(compliance.forCycle(c.id(), directorate(now)).returns().stream()
                        .filter(filter).toList())));
    }

    /** Whom this page is for, as the view's own roles say. */
    private static boolean mayRead(Person p) {
        return p.enabled() && (p.has(Role.PERFORMANCE_TEAM) || p.has(Role.STRATEGIC_DIRECTOR));
    }

    /** Whose returns someone sees: every service's (null) for the performance team, else their directorate's. */
    private static Long directorate(Person p) {
        return p.has(Role.PERFORMANCE_TEAM) ? null : p.directorateId() == null ? -1L : p.directorateId();
    }

    private boolean isPerformanceTeam() {
        return me.has(Role.PERFORMANCE_TEAM);
    }
}
