package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.StateNode;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Each "Go to" in the list of what is missing takes the keyboard to the field its problem names: the reasons of a
 * measure at Amber without them, the explanation a query asks for, a key action's commentary; not always to the
 * measure's figure or the key action's status, from where a keyboard user would have to find it; the part of a
 * highlight report it lacks. Years 3865 and 3878.
 */
class GoToTheFieldTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void goingToAProblemFocusesTheFieldItNames() throws Exception {
        signIn("data.housing");
        open(ReturnView.path(ReturnScenario.open(context, 3865).housing.id()));
        MeasureEditor repairs = HousingForm.editor("HF-1");
        _setValue(_get(repairs, TextField.class), "75"); // Amber: reasons and actions planned needed
        _setValue(_get(repairs, TextArea.class, s -> s.withLabel("Actions planned to address issues")), "Agency staff");
        _setValue(_get(HousingForm.editor("HF-2"), TextField.class), "120"); // up 140% on Q1: a query too
        KeyActionEditor action = _get(KeyActionEditor.class);
        _setValue(_get(action, Select.class), Rag.GREEN); // no commentary yet

        assertThat(focusedGoingTo("HF-1")).isSameAs(node(_get(repairs, TextArea.class,
                s -> s.withLabel("Reasons for performance"))));
        assertThat(focusedGoingTo("HKA-1")).isSameAs(node(_get(action, TextArea.class,
                s -> s.withLabel("Commentary"))));
        MeasureEditor households = HousingForm.editor("HF-2");
        _setValue(_get(households, TextArea.class, s -> s.withLabel("Reasons for performance")), "Demand");
        _setValue(_get(households, TextArea.class, s -> s.withLabel("Actions planned to address issues")), "Staff");
        assertThat(focusedGoingTo("HF-2")).isSameAs(node(_get(households, TextArea.class,
                s -> s.withLabel("Explanation for the query"))));
    }

    /** A highlight report asked for: the link goes to the head of service's narrative, or else to current issues. */
    @Test
    void goingToTheHighlightReportFocusesThePartItLacks() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3878);
        scenario.withHighlightReport(() -> {
            signIn("data.housing");
            open(ReturnView.path(scenario.housing.id()));
            HighlightEditor highlight = _get(HighlightEditor.class);
            TextArea issues = _get(highlight, TextArea.class, s -> s.withLabel("Current issues"));
            TextArea narrative = _get(highlight, TextArea.class, s -> s.withLabel("Head of service's narrative"));
            _setValue(issues, "Voids slowed.");
            assertThat(focusedGoingTo("Highlight report")).isSameAs(node(narrative));

            _setValue(issues, "");
            _setValue(narrative, "A steady quarter.");
            _click(_get(Button.class, s -> s.withText("Submit return")));
            assertThat(_get(MissingItems.class).getElement().getTextRecursively())
                    .contains("Highlight report: No current issues or improvements: give at least one of them")
                    .doesNotContain("No head of service's narrative")
                    .contains("Highlight report: still to give the head of service's narrative and current issues"
                            + " or improvements");
            _click(_get(Button.class, s -> s.withText("Close")));
            assertThat(focusedGoingTo("Highlight report")).isSameAs(node(issues));
        });
    }

    /** Opens the submit dialog, goes to the item's first problem listed, and answers which field was focused. */
    private static StateNode focusedGoingTo(String code) {
        _click(_get(Button.class, s -> s.withText("Submit return")));
        List<StateNode> focused = new ArrayList<>();
        // Karibu hands each round trip's JavaScript calls to these handlers: the focusing one is among them.
        Function1<PendingJavaScriptInvocation, Unit> focusing = js -> {
            if (js.getInvocation().getExpression().contains("focus()")) {
                focused.add(js.getOwner());
            }
            return Unit.INSTANCE;
        };
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(focusing);
        try {
            _click(_get(Button.class, s -> s.withText("Go to " + code)));
            MockVaadin.clientRoundtrip();
        } finally {
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(focusing);
        }
        assertThat(focused).hasSize(1);
        return focused.get(0);
    }

    private static StateNode node(Component field) {
        return field.getElement().getNode();
    }
}
