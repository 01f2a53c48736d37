package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.OpeningRefusals;

/**
 * How a cycle's returns are coming in: counts, a row per service, chasing by hand, the completeness curve
 * against earlier cycles. The performance team sees every service and acts; a strategic director sees the
 * services of their own directorate. The screen chooses the cycle and keeps it and the filter in its address; the
 * cycle chosen is shown by {@link CycleCompliancePanel}.
 */
@Route("compliance")
@PageTitle("Compliance | Quarterly Returns")
@Menu(order = 2, title = "Compliance")
@RolesAllowed({"PERFORMANCE_TEAM", "STRATEGIC_DIRECTOR"})
public class ComplianceView extends VerticalLayout implements BeforeEnterObserver {

    /** "compliance?cycle=12" opens that cycle; without it (or with an unknown one) the newest opens. */
    public static final String CYCLE_PARAMETER = "cycle";

    private final CycleService cycles;
    private final OpeningRefusals refusals;
    private final Select<Cycle> cycle = new Select<>();
    private final CycleCompliancePanel content;
    /** Quarters the timer could not open: said above whichever cycle is shown, until each opens. */
    private final Div notOpened = new Div();
    private final ComplianceFilter filter = new ComplianceFilter(() -> filterInAddress(true),
            () -> filterInAddress(false));
    /** The address changed for the filter alone: the list shown is filtered again, not read again. */
    private boolean filtering;

    public ComplianceView(ComplianceService compliance, CycleService cycles, ComplianceActions actions,
            OpeningRefusals refusals, AuditPackLink auditPack, TableExportLink tableExport, CurrentUser user,
            Clock clock) {
        this.refusals = refusals;
        this.cycles = cycles;
        content = new CycleCompliancePanel(new CycleCompliancePanel.Parts(compliance, cycles, actions, auditPack,
                tableExport, clock), actions.person(user.username()), filter, this::reload);
        cycle.setLabel("Cycle");
        cycle.setWidth("30em"); // a quarter and its longest status in full
        cycle.setMaxWidth("100%");
        cycle.setItemLabelGenerator(c -> c == null ? "" : c.shortName() + ": " + c.status().label());
        cycle.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showInAddress(e.getValue());
            } else {
                content.show(e.getValue());
            }
        });
        HorizontalLayout top = new HorizontalLayout(cycle);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (isPerformanceTeam()) {
            top.add(new Button("Open a cycle…", e -> actions.openCycleDialog(content.reader(), this::showInAddress)
                    .open()));
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
        boolean filterOnly = filtering && content.showsATable();
        filtering = false;
        if (filterOnly) {
            content.applyFilter();
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
            Finding.keepInAddress(this, address(cycle.getValue()));
        } else {
            showInAddress(cycle.getValue());
        }
    }

    private void reload(Long selectId) {
        showNotOpened();
        List<Cycle> all = cycles.all();
        cycle.setItems(all);
        if (all.isEmpty()) {
            content.noCycleYet();
            return;
        }
        Cycle chosen = selectId == null ? all.get(0)
                : all.stream().filter(c -> c.id() == selectId).findFirst().orElse(all.get(0));
        if (chosen.equals(cycle.getValue())) {
            content.show(chosen); // the same cycle again: setValue would not fire the listener
        } else {
            cycle.setValue(chosen); // the listener shows it, once
        }
    }

    private void showNotOpened() {
        notOpened.removeAll();
        if (isPerformanceTeam()) {
            refusals.standing().forEach(refusal -> notOpened.add(CycleNotes.notOpened(refusal.notice())));
        }
    }

    private boolean isPerformanceTeam() {
        return content.reader().has(Role.PERFORMANCE_TEAM);
    }
}
