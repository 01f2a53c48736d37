package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.LeavingUnsaved;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterFigureRule;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * A service's return for a quarter: filled in by its data officers and director while it is with the
 * service, read by everyone else who may see it, and signed off or quality-checked from here.
 */
@Route("returns/:returnId(\\d+)")
@PageTitle("Return | Quarterly Returns")
@RolesAllowed({"SERVICE_DIRECTOR", "DATA_OFFICER", "STRATEGIC_DIRECTOR", "PERFORMANCE_TEAM", "CHIEF_EXECUTIVE"})
public class ReturnView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final ReturnSheets sheets;
    private final ReturnEditing editing;
    private final ReturnPermissions permissions;
    private final ReturnWorkflow workflow;
    private final ReturnTrail trail;
    private final Challenges challenges;
    private final HighlightReports highlights;
    private final Countersigning countersigning;
    private final EarlierFigures earlierFigures;
    private final Evidence evidence;
    private final CurrentUser user;
    private final Clock clock;
    /** The form's items as now shown; null while the page shows no return. */
    private FormItems items;
    private final LeavingUnsaved leaving = new LeavingUnsaved(this,
            () -> items == null ? Optional.empty() : items.unsavedInWords());

    public ReturnView(ReturnSheets sheets, ReturnEditing editing, ReturnPermissions permissions,
            ReturnWorkflow workflow, ReturnTrail trail, Challenges challenges, HighlightReports highlights,
            Countersigning countersigning, CurrentUser user, Clock clock, EarlierFigures earlierFigures,
            Evidence evidence) {
        this.evidence = evidence;
        this.earlierFigures = earlierFigures;
        this.highlights = highlights;
        this.countersigning = countersigning;
        this.sheets = sheets;
        this.editing = editing;
        this.permissions = permissions;
        this.workflow = workflow;
        this.trail = trail;
        this.challenges = challenges;
        this.user = user;
        this.clock = clock;
        addClassName("return-view");
    }

    public static String path(long returnId) {
        return "returns/" + returnId;
    }

    /** The return's sheet, or null once the page says there is no such return (an old or mistyped link). */
    static ReturnSheet loadOrSayNone(ReturnSheets sheets, long id, HasComponents page) {
        return loadOrSayNone(sheets, id, null, page);
    }

    /** @param reader the signed-in person, whose name what they add to the page (a challenge, an answer) shows */
    static ReturnSheet loadOrSayNone(ReturnSheets sheets, long id, String reader, HasComponents page) {
        try {
            return sheets.load(id, reader);
        } catch (IllegalArgumentException e) {
            page.add(new H3("No such return"), new Paragraph(e.getMessage()));
            return null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getRouteParameters().getLong("returnId").orElseThrow());
    }

    /**
     * Leaving with something on the form not saved (a figure it cannot read, a save refused, a challenge or answer
     * typed and not sent) asks first.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        leaving.ask(event);
    }

    /** Draws the return afresh, its fields followed for what they leave unsaved. */
    private void render(long id) {
        draw(id);
        leaving.watch();
    }

    private void draw(long id) {
        removeAll();
        items = null;
        String me = user.username();
        Instant readAt = trail.readMark(id); // before reading: a change made while the page reads is not shown
        ReturnSheet sheet = loadOrSayNone(sheets, id, me, this);
        if (sheet == null) {
            return;
        }
        ServiceReturn r = sheet.serviceReturn();
        if (!permissions.canRead(me, r)) {
            add(new H3("Not yours to see"), new Paragraph("You may not see " + r.serviceName() + "'s return."));
            return;
        }
        ReturnContext context = new ReturnContext(sheet, sheets, editing, me, editing.canChange(me, r),
                permissions.canSignOff(me, r));
        items = new FormItems(readAt);
        show(context, items);
    }

    private void show(ReturnContext context, FormItems items) {
        ReturnSheet sheet = context.sheet();
        List<ReturnTrail.Event> events = trail.history(context.returnId());
        add(new ReturnHeader(sheet, ZonedDateTime.now(clock), countersigning.forReturn(sheet.serviceReturn().id()),
                events));
        if (permissions.isPerformanceTeam(context.user())) {
            add(new Anchor(QualityCheckView.path(context.returnId()), "Quality check grid (one row per item)"));
        }
        ItemNotes notes = new ItemNotes(context, events, challenges, permissions.isPerformanceTeam(context.user()),
                permissions.canPrepare(context.user(), sheet.serviceReturn()), items);
        notes.changesPanel().ifPresent(this::add);
        notes.signOffPanel().ifPresent(this::add);
        ReturnFiles files = new ReturnFiles(context, permissions, items);
        add(files);
        Map<String, List<MeasureStatus>> byTheme = sheet.measures().stream().collect(Collectors.groupingBy(
                m -> m.measure().definition().theme(), LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<EvidenceFile>> kept = evidence.forReturn(context.returnId());
        boolean evidenceOpen = evidence.mayChange(context.user(), sheet.serviceReturn());
        byTheme.forEach((theme, measures) -> {
            add(new H3(theme + ": measures"));
            for (MeasureStatus m : measures) {
                MeasureEditor editor = new MeasureEditor(context, m);
                items.measures.put(m.measure().code(), editor);
                add(editor);
                if (QuarterFigureRule.isDue(m.measure(), sheet.quarter())) {
                    editor.add(new EvidencePanel(context, evidence, m.measure(),
                            kept.getOrDefault(m.measure().id(), List.of()), evidenceOpen));
                }
                notes.decorate(editor, m.measure().code());
            }
        });
        EarlierFiguresPanel.of(context, earlierFigures, items).ifPresent(this::add);
        if (!sheet.actions().isEmpty()) {
            add(new H3("Key actions"));
            for (KeyAction a : sheet.actions()) {
                KeyActionEditor editor = new KeyActionEditor(context, a, sheet.actionStatuses().get(a.id()));
                items.actions.put(a.code(), editor);
                add(editor);
                notes.decorate(editor, a.code());
            }
        }
        if (highlights.wanted(sheet.serviceReturn().id())) {
            HighlightEditor highlight = new HighlightEditor(context, highlights);
            items.highlight(highlight);
            add(highlight);
        }
        if (context.editable() && ReturnEditing.isEditable(sheet.serviceReturn())) {
            add(new SubmitPanel(context, workflow, items, trail,
                    () -> leave("Submitted: the return has gone to the director for sign-off")));
        }
        DecisionPanel.forReturn(sheet, context.user(), permissions, workflow, sheets,
                items, this::leave).ifPresent(this::add);
        CountersignPanel.forReturn(sheet.serviceReturn(), context.user(), user.has(Role.STRATEGIC_DIRECTOR),
                sheet.names(), countersigning, () -> {
                    Notification.show("Countersigned", 6000, Notification.Position.TOP_CENTER);
                    render(context.returnId());
                }).ifPresent(this::add);
        add(new ReturnHistory(events, sheet.names(), ReturnWorkbook.fileName(sheet).replace(".xlsx", "-history"),
                () -> ReturnFiles.readable(context, permissions).map(now -> trail.history(context.returnId()))));
    }

    private void leave(String outcome) {
        Notification.show(outcome, 6000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }
}
