package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** Returns selected to accept together are the ones listed: a filter that hides a row takes it out of the choice. */
class SelectionFollowsFilterTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aSelectedReturnTheFilterHidesIsNoLongerSelected() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3992);
        signIn("perf");
        UI.getCurrent().navigate("compliance", QueryParameters.of("cycle", String.valueOf(scenario.cycle.id())));
        ComplianceGrid grid = _get(ComplianceGrid.class);
        Button accept = _get(Button.class, s -> s.withText("Accept selected signed-off returns…"));
        grid.select(GridKt._get(grid, 0));
        assertThat(accept.isEnabled()).isTrue();

        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), "Highways");

        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getSelectedItems()).as("Housing, hidden now").isEmpty();
        assertThat(accept.isEnabled()).as("nothing seen is selected: nothing to accept").isFalse();

        _setValue(_get(TextField.class, s -> s.withLabel("Find a service")), "Hous");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(grid.getSelectedItems()).as("shown again, not chosen again").isEmpty();
    }
}
