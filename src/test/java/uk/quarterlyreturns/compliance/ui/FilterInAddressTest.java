package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Typing in a filter keeps the address current without a browser-history entry per pause, so that Back leaves
 * the page rather than stepping through half-typed words; a status chosen is a step of its own. Returns selected
 * to accept together are the ones listed: a filter that hides a row takes it out of the choice.
 */
class FilterInAddressTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void typingInTheComplianceFilterReplacesTheAddressAndAChosenStatusAddsOne() throws Exception {
        ReturnScenario scenario = openCompliance(3990);
        TextField find = _get(TextField.class, s -> s.withLabel("Find a service"));

        History typed = History.during(() -> {
            _setValue(find, "Hou");
            _setValue(find, "Hous ");
        });
        assertThat(typed.added).as("pauses in typing are no steps back").isEmpty();
        assertThat(typed.replaced).hasSize(2).last().asString().contains("service=Hous");
        assertThat(address()).startsWith("compliance?").contains("cycle=" + scenario.cycle.id(), "service=Hous");
        assertThat(find.getValue()).as("the space just typed stays").isEqualTo("Hous ");

        @SuppressWarnings("unchecked")
        ComboBox<ReturnStatus> status = _get(ComboBox.class, s -> s.withLabel("Status"));
        History chosen = History.during(() -> _setValue(status, ReturnStatus.NOT_STARTED));
        assertThat(chosen.added).hasSize(1).first().asString().contains("service=Hous", "status=NOT_STARTED");
        assertThat(chosen.replaced).isEmpty();
    }

    @Test
    void aSelectedReturnTheFilterHidesIsNoLongerSelected() throws Exception {
        openCompliance(3992);
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

    @Test
    void typingInTheInboxFilterReplacesTheAddress() throws Exception {
        ReturnScenario.open(context, 3991);
        signIn("dir.housing");
        open("inbox");
        TextField filter = _get(TextField.class, s -> s.withLabel("Filter tasks"));

        History typed = History.during(() -> {
            _setValue(filter, "Hou");
            _setValue(filter, "Housing ");
        });
        assertThat(typed.added).isEmpty();
        assertThat(typed.replaced).hasSize(2).last().asString().contains("filter=Housing");
        assertThat(address()).isEqualTo("inbox?filter=Housing");
        assertThat(filter.getValue()).isEqualTo("Housing ");
    }

    /**
     * A pause in typing that reaches the server only after the click that left the page (the click went first) leaves
     * the page now shown alone: it used to enter that page again, with the inbox's filter in its address, rebuilding
     * the return form under the person's hands.
     */
    @Test
    void aPauseInTypingSentAfterTheInboxWasLeftLeavesTheNextPageAlone() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5941);
        signIn("dir.housing");
        open("inbox");
        TextField filter = _get(TextField.class, s -> s.withLabel("Filter tasks"));
        UI.getCurrent().navigate("returns/" + scenario.housing.id());
        Object form = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);

        _setValue(filter, "Housing");

        assertThat(address()).isEqualTo("returns/" + scenario.housing.id());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).as("not built again")
                .isSameAs(form);
    }

    /** The performance team on the compliance screen of a cycle of this year's own, its Housing return issued. */
    private ReturnScenario openCompliance(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        signIn("perf");
        UI.getCurrent().navigate("compliance", QueryParameters.of("cycle", String.valueOf(scenario.cycle.id())));
        return scenario;
    }

    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** The history entries the browser is told to add or replace, with the address given (Flow's own calls). */
    private record History(List<String> added, List<String> replaced) {

        static History during(Runnable typing) {
            History said = new History(new ArrayList<>(), new ArrayList<>());
            Function1<PendingJavaScriptInvocation, Unit> watching = js -> {
                String expression = js.getInvocation().getExpression();
                String address = String.valueOf(js.getInvocation().getParameters());
                if (expression.contains("replace: false") || expression.contains("history.pushState")) {
                    said.added.add(address);
                } else if (expression.contains("replace: true") || expression.contains("history.replaceState")) {
                    said.replaced.add(address);
                }
                return Unit.INSTANCE;
            };
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(watching);
            try {
                typing.run();
                MockVaadin.clientRoundtrip();
            } finally {
                TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(watching);
            }
            return said;
        }
    }
}
