package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.base.ui.NotAllowedView;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.QualityCheck;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReturnSheets;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Segregation of duties on the screens, and the return's routes tried by people whose roles would let them
 * in were it their service or directorate.
 */
class SegregationOfDutiesViewTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final List<String> OUTSIDERS = List.of("reader", "data.economy", "dir.economy", "sd.children");

    @Autowired ApplicationContext context;
    @Autowired PeopleService people;
    @Autowired UserAdministration admin;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnEditing editing;
    @Autowired ReturnPermissions permissions;
    @Autowired Challenges challenges;
    @Autowired QualityCheck qualityCheck;
    @Autowired ReturnSheets sheets;

    @Test
    void aDirectorIsNotOfferedThePerformanceTeamOrTheChiefExecutiveAsDeputy() {
        signIn("dir.housing");
        open("delegations");
        @SuppressWarnings("unchecked")
        ComboBox<Person> who = _get(ComboBox.class, s -> s.withLabel("Deputy"));
        assertThat(who.getListDataView().getItems().map(Person::username))
                .contains("sd.economy", "sd.children", "dir.economy")
                .doesNotContain("perf", "perfmgr", "ceo", "admin", "reader", "data.housing", "dir.housing");
    }

    @Test
    void theUserScreenRefusesPerformanceTeamTogetherWithChiefExecutive() {
        String username = "duties.screen" + N.incrementAndGet();
        signIn("admin");
        open("admin/users");
        _click(_get(Button.class, s -> s.withText("New user…")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Username")), username);
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Name")), "Pat Both");
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Email")), username + "@council.test");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, s -> s.withLabel("Roles"));
        _setValue(roles, Set.of(Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE));
        _setValue(_get(dialog, PasswordField.class), "pear tree lane 9");
        _click(_get(dialog, Button.class, s -> s.withText("Create user")));

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).contains("cannot do both");
        assertThat(people.find(username)).isEmpty();
    }

    @Test
    void whoeverSubmittedAReturnIsNotLetAcceptItOnTheReturnScreen() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2431);
        long id = scenario.housing.id();
        String submitter = "duties.officer" + N.incrementAndGet();
        var housing = scenario.housing;
        admin.create(new UserFields(submitter, "Sam Submitter", submitter + "@council.test",
                EnumSet.of(Role.DATA_OFFICER), housing.serviceId(), null), "a long enough password", "admin");
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, submitter);
        workflow.signOff(id, "dir.housing");
        admin.update(new UserFields(submitter, "Sam Submitter", submitter + "@council.test",
                EnumSet.of(Role.PERFORMANCE_TEAM), null, null), "admin");

        signIn(submitter);
        open(ReturnView.path(id));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).contains(DecisionPanel.OWN_WORK);
        assertThat(_get(Button.class, s -> s.withText("Accept return")).isEnabled()).isFalse();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);

        signIn("perf");
        open(ReturnView.path(id));
        assertThat(_get(DecisionPanel.class).getElement().getTextRecursively()).doesNotContain(DecisionPanel.OWN_WORK);
        _click(_get(Button.class, s -> s.withText("Accept return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.ACCEPTED);
    }

    @Test
    void theQualityCheckGridIsRefusedToTheServiceItsStrategicDirectorAndTheChiefExecutive() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2479);
        long id = scenario.housing.id();
        scenario.completeAndSignOff();
        ReturnSheet sheet = sheets.load(id);
        for (String notPerformanceTeam : List.of("dir.housing", "data.housing", "sd.economy", "ceo", "dir.economy")) {
            signIn(notPerformanceTeam);
            open(QualityCheckView.path(id));
            assertThat(_get(NotAllowedView.class).getElement().getTextRecursively()).as(notPerformanceTeam)
                    .contains("You may not open this page");
            assertThat(_find(ReviewGrid.class)).as(notPerformanceTeam).isEmpty();
            assertThatThrownBy(() -> qualityCheck.items(sheet, notPerformanceTeam)).as(notPerformanceTeam)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> challenges.challenge(id, "HF-1", notPerformanceTeam, "Why?"))
                    .as(notPerformanceTeam).isInstanceOf(NotAllowedException.class);
        }
        signIn("perf");
        open(QualityCheckView.path(id));
        assertThat(_find(ReviewGrid.class)).hasSize(1);
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
    }

    @Test
    void anotherServicesOfficerAndDirectorAnotherDirectoratesDirectorAndAReaderAreRefusedOnEveryReturnRoute()
            throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2432);
        long id = scenario.housing.id();
        long hf1 = scenario.measureId("HF-1");
        MeasureEntry figure = new MeasureEntry(new BigDecimal("1"), null, null, null, null, null);
        for (String outsider : OUTSIDERS) {
            signIn(outsider);
            if (outsider.equals("reader")) {
                // A reader's role is refused the view before it loads anything.
                assertThat(new AccessAnnotationChecker().hasAccess(ReturnView.class, () -> outsider,
                        role -> role.equals("READER"))).isFalse();
            } else {
                open(ReturnView.path(id));
                assertThat(_get(H3.class).getText()).as(outsider).isEqualTo("Not yours to see");
            }
            assertThat(_find(MeasureEditor.class)).as(outsider).isEmpty();
            assertThat(permissions.canRead(outsider, scenario.reload())).as(outsider).isFalse();
            assertThatThrownBy(() -> editing.saveMeasure(id, hf1, null, figure, outsider)).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> editing.saveOverride(id, hf1, null, Rag.GREEN, "Because", outsider))
                    .as(outsider).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> workflow.submit(id, outsider)).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
        }
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, "data.housing");
        for (String outsider : OUTSIDERS) {
            assertThatThrownBy(() -> workflow.signOff(id, outsider)).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> workflow.sendBackToService(id, outsider, "No")).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
        }
        workflow.signOff(id, "dir.housing");
        for (String outsider : OUTSIDERS) {
            assertThatThrownBy(() -> challenges.challenge(id, "HF-1", outsider, "Why?")).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> workflow.accept(id, outsider)).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> workflow.sendBackByPerformanceTeam(id, outsider, "No")).as(outsider)
                    .isInstanceOf(NotAllowedException.class);
        }
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(scenario.reload().submittedBy()).isEqualTo("data.housing");
    }
}
