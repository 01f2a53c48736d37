package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A submitted return may still change while it awaits sign-off, by the director or the deputy for the period. A
 * director signs off what their page showed: a figure the deputy changed after it was opened is not signed off
 * unseen; once the page is read again (the change on it), it is.
 */
class SignOffOfWhatWasSeenTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ValueRepository values;
    @Autowired
    ReturnEditing editing;
    @Autowired
    Delegations delegations;
    @Autowired
    UserAdministration admin;
    @Autowired
    Organisation organisation;
    @Autowired
    Clock clock;

    @Test
    void aChangeTheDeputyMadeAfterThePageOpenedIsNotSignedOffUnseen() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3474);
        long id = scenario.housing.id();
        Organisation.ServiceUnit housing = organisation.findService("Housing").orElseThrow();
        String deputy = "seen.deputy3474";
        admin.create(new UserFields(deputy, "Dee Seen", deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, housing.directorateId()), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);
        long delegation = delegations.name(housing.id(), deputy, today, today.plusDays(7), "dir.housing");
        try {
            scenario.completeAndSubmit();
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            signIn("dir.housing");
            open(ReturnView.path(id));

            long hf1 = scenario.measureId("HF-1");
            editing.saveMeasure(id, hf1, values.find(hf1, 2).orElseThrow().version(),
                    new MeasureEntry(new BigDecimal("81"), null, null, null, null, null), deputy);
            _click(_get(_get(DecisionPanel.class), Button.class, s -> s.withText("Sign off return")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

            assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains("Not done: Someone else"
                    + " changed HF-1 since you opened this return: reload the page to see the latest version");
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

            open(ReturnView.path(id));
            assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getValue()).isEqualTo("81");
            // the director's own change on the page they sign off from is theirs, seen
            _setValue(_get(HousingForm.editor("HF-2"), TextField.class), "56");
            _click(_get(_get(DecisionPanel.class), Button.class, s -> s.withText("Sign off return")));
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        } finally {
            delegations.end(delegation, "dir.housing");
        }
    }
}
