package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.BulkAcceptance;

/**
 * The buttons and links over the compliance table: for the performance team, chasing the late ones, accepting the
 * selected signed-off returns, the report, the histories, the audit pack and the cycle's dates; for everyone, the
 * table's export.
 */
class ComplianceTools extends HorizontalLayout {

    /** What the performance team's tools do to the page when they have acted; {@code chase} takes the late ones. */
    record Afterwards(Consumer<List<ReturnCompliance>> chase, Consumer<BulkAcceptance.Result> accepted,
            Runnable datesChanged) {
    }

    /** Null for a reader who chases nothing. */
    private Button chaseLate;

    ComplianceTools() {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /**
     * The performance team's tools for the cycle shown, acting on the returns listed (one directorate's, when the
     * table is filtered to one) and on those selected in the grid, which gains its boxes to select them.
     */
    void forThePerformanceTeam(ComplianceActions actions, AuditPackLink auditPack, Person me, Cycle c,
            ComplianceGrid grid, Supplier<List<ReturnCompliance>> listed, Afterwards afterwards) {
        // every return owed past the deadline, those sent back or reopened as well as those not yet in
        chaseLate = new Button("", e -> afterwards.chase().accept(listed.get().stream()
                .filter(ReturnCompliance::owedLate).toList()));
        // frozen with the service's column, which cannot stay in view while the boxes before it scroll away
        ((GridMultiSelectionModel<?>) grid.setSelectionMode(Grid.SelectionMode.MULTI)).setSelectionColumnFrozen(true);
        Button accept = new Button("Accept selected signed-off returns…", e -> new BulkAcceptDialog(
                actions.acceptance(), grid.getSelectedItems().stream().map(ReturnCompliance::returnId).toList(),
                me.username(), afterwards.accepted()).open());
        accept.setEnabled(false);
        grid.addSelectionListener(e -> accept.setEnabled(!e.getAllSelectedItems().isEmpty()));
        add(chaseLate, accept, reportLink(c), actions.historyExport(c, me.username()), auditPack.of(c, me.username()));
        if (actions.dateChanges().changeable(c)) {
            add(new Button("Change dates…", e -> new ChangeDatesDialog(actions.dateChanges(), me, c,
                    afterwards.datesChanged()).open()));
        }
    }

    /** The chase of the late ones says how many of those listed it would chase. */
    void listed(List<ReturnCompliance> shown, boolean filtered) {
        if (chaseLate != null) {
            List<ReturnCompliance> late = shown.stream().filter(ReturnCompliance::owedLate).toList();
            chaseLate.setText((filtered ? "Chase the late ones listed (" : "Chase all late (") + late.size() + ")");
            chaseLate.setEnabled(!late.isEmpty());
        }
    }

    /** The report screen belongs to the report feature, which builds on this one: linked by its route. */
    private static Anchor reportLink(Cycle c) {
        Anchor link = new Anchor("reports/" + c.id() + "/approval", "Report and commentary");
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
