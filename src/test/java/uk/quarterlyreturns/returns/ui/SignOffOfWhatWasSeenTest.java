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

    /** What the sign-off refuses while the page does not show a change someone else made to HF-1. */
    private static final String UNSEEN_HF1 = "Not done: Someone else changed HF-1 since you opened this return: reload"
            + " the page to see the latest version";

    @Test
    void aChangeTheDeputyMadeAfterThePageOpenedIsNotSignedOffUnseen() throws Exception {
        awaitingSignOffWithADeputy(3474, "Dee Seen", (scenario, deputy) -> {
            long id = scenario.housing.id();
            signIn("dir.housing");
            open(ReturnView.path(id));

            saveHf1(scenario, values.find(scenario.measureId("HF-1"), 2).orElseThrow().version(), "81", deputy);
            signOffFromThePage();

            assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains(UNSEEN_HF1);
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SUBMITTED);

            open(ReturnView.path(id));
            assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getValue()).isEqualTo("81");
            // the director's own change on the page they sign off from is theirs, seen
            _setValue(_get(HousingForm.editor("HF-2"), TextField.class), "56");
            signOffFromThePage();
            assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        });
    }

    /**
     * The deputy's 81 for HF-1 (submitted as 85) was on the page when it opened; typed back to 85 a moment later, in
     * the same spell of typing, it leaves no change in the history, but the page no longer shows what is signed off.
     */
    @Test
    void aChangeTheDeputyTypedBackAfterThePageOpenedIsNotSignedOffUnseen() throws Exception {
        awaitingSignOffWithADeputy(6021, "Dee Back", (scenario, deputy) -> {
            int v = saveHf1(scenario, values.find(scenario.measureId("HF-1"), 2).orElseThrow().version(), "81",
                    deputy);
            signIn("dir.housing");
            open(ReturnView.path(scenario.housing.id()));
            assertThat(_get(HousingForm.editor("HF-1"), TextField.class).getValue()).isEqualTo("81");

            saveHf1(scenario, v, "85", deputy);
            signOffFromThePage();

            assertThat(scenario.reload().status()).as("not signed off with 85 unseen")
                    .isEqualTo(ReturnStatus.SUBMITTED);
            assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains(UNSEEN_HF1);
        });
    }

    /** A test run on the year's Housing return as submitted, by the deputy named for it for the week. */
    private interface WithADeputy {
        void run(ReturnScenario scenario, String deputy) throws Exception;
    }

    /** The year's Housing return submitted, awaiting sign-off, with a deputy named for it; their period ended after. */
    private void awaitingSignOffWithADeputy(int year, String name, WithADeputy test) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        Organisation.ServiceUnit housing = organisation.findService("Housing").orElseThrow();
        String deputy = "seen.deputy" + year;
        admin.create(new UserFields(deputy, name, deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, housing.directorateId()), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);
        long delegation = delegations.name(housing.id(), deputy, today, today.plusDays(7), "dir.housing");
        try {
            scenario.completeAndSubmit();
            scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
            test.run(scenario, deputy);
        } finally {
            delegations.end(delegation, "dir.housing");
        }
    }

    /** HF-1's figure saved as typed by this person, over the version read; the version saved. */
    private int saveHf1(ReturnScenario scenario, int version, String figure, String by) {
        return editing.saveMeasure(scenario.housing.id(), scenario.measureId("HF-1"), version,
                new MeasureEntry(new BigDecimal(figure), null, null, null, null, null), by);
    }

    private static void signOffFromThePage() {
        _click(_get(_get(DecisionPanel.class), Button.class, s -> s.withText("Sign off return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }
}
