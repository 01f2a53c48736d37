package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The compliance table dates what happened with its year, as every screen does: earlier years' cycles are read too. */
class ComplianceDatesTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ComplianceService compliance;

    @Test
    void theLastActivityIsDatedWithItsYear() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3806);
        scenario.completeAndSubmit();
        var row = compliance.forCycle(scenario.cycle.id()).returns().get(0);

        signIn("perf");
        UI.getCurrent().navigate("compliance", QueryParameters.of(ComplianceView.CYCLE_PARAMETER,
                String.valueOf(scenario.cycle.id())));
        assertThat(GridKt._getFormattedRow(_get(ComplianceGrid.class), 0))
                .contains(UkDates.WHEN.format(row.lastActivity()));
    }
}
