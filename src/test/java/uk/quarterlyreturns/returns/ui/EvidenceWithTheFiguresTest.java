package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static uk.quarterlyreturns.returns.ui.EvidenceFormTest.outcome;
import static uk.quarterlyreturns.returns.ui.EvidenceFormTest.panel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.people.Delegations;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Edit;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.QualityCheck;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The evidence behind a figure follows the figure's own rule, person by person: whoever may change the figure at that
 * step may add or remove its evidence (the director, or the deputy for the day, at sign-off too); nobody after
 * sign-off; never the performance team; nobody whose part in the return has ended, even from a page left open.
 */
class EvidenceWithTheFiguresTest extends ViewTest {

    private static final byte[] PDF = EvidenceFormTest.PDF;
    private static final byte[] CSV = "count,12\n".getBytes(StandardCharsets.UTF_8);

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnTrail trail;
    @Autowired ReturnRepository returns;
    @Autowired QualityCheck check;
    @Autowired ValueRepository values;
    @Autowired Delegations delegations;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;
    @Autowired Clock clock;
    @Autowired Countersigning countersigning;

    /** The director corrects the evidence at sign-off and the reviewers see it among the changes made there. */
    @Test
    void theDirectorReplacesAFileAtSignOffWhereTheDataOfficerMayNotAndNobodyMayAfter() throws Exception {
        ReturnScenario scenario = submitted(5750);
        long id = scenario.housing.id();
        long hf1 = scenario.measureId("HF-1");
        EvidenceFile old = evidence.of(hf1, 2).get(0);

        signIn("data.housing");
        open(ReturnView.path(id));
        assertThat(_find(panel("HF-1"), Upload.class)).as("a data officer changes nothing at sign-off").isEmpty();
        assertThat(_find(panel("HF-1"), Button.class, s -> s.withText("Remove"))).isEmpty();
        assertThatThrownBy(() -> evidence.add(id, hf1, "late.csv", CSV, "data.housing"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("evidence is locked");
        assertThatThrownBy(() -> evidence.remove(id, old.id(), "data.housing"))
                .isInstanceOf(IllegalStateException.class);

        signIn("dir.housing");
        open(ReturnView.path(id));
        assertThat(_find(panel("HF-1"), Upload.class)).as("the director, who may change the figure").hasSize(1);
        panel("HF-1").receive(CSV, "corrected.csv");
        assertThat(outcome("HF-1")).isEqualTo("corrected.csv kept as evidence for HF-1.");
        Button removeOld = _find(panel("HF-1"), Button.class).stream()
                .filter(b -> b.getAriaLabel().orElse("").startsWith("Remove extract.pdf")).findFirst().orElseThrow();
        _click(removeOld);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        EvidenceFile corrected = evidence.of(hf1, 2).get(0);
        assertThat(evidence.of(hf1, 2)).extracting(EvidenceFile::fileName).containsExactly("corrected.csv");

        assertThat(check.changes(id).atSignOff()).extracting(Edit::kind, Edit::item, Edit::from, Edit::to)
                .containsExactly(tuple(Evidence.ADDED, "HF-1", null, corrected.described()),
                        tuple(Evidence.REMOVED, "HF-1", old.described(), null));

        EvidencePanel leftOpen = panel("HF-1");
        workflow.signOff(id, "dir.housing");
        leftOpen.receive(CSV, "after.csv");
        assertThat(outcome("HF-1")).isEqualTo("Nothing was kept: Housing's return is signed off: its evidence is"
                + " locked with it until it is sent back or reopened");
        assertThatThrownBy(() -> evidence.remove(id, corrected.id(), "dir.housing"))
                .isInstanceOf(IllegalStateException.class);

        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        assertThatThrownBy(() -> evidence.add(id, hf1, "checked.csv", CSV, "perf"))
                .as("the performance team at the check").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> evidence.remove(id, corrected.id(), "perf")).isInstanceOf(NotAllowedException.class);
        signIn("perf");
        open(ReturnView.path(id));
        assertThat(_find(panel("HF-1"), Upload.class)).isEmpty();
        assertThat(_get(SignOffChangesPanel.class).getElement().getTextRecursively())
                .contains("Evidence added", corrected.described(), "Evidence removed", old.described());
        assertThat(evidence.of(hf1, 2)).extracting(EvidenceFile::fileName).containsExactly("corrected.csv");
    }

    /**
     * A deputy may change the evidence at sign-off while their period lasts; from a page left open after it ended,
     * neither a file nor an uploaded workbook changes anything.
     */
    @Test
    void aDeputyWhosePeriodHasEndedChangesNothingFromAPageLeftOpen() throws Exception {
        ReturnScenario scenario = submitted(5751);
        long id = scenario.housing.id();
        long hf1 = scenario.measureId("HF-1");
        String deputy = "ended.deputy5751";
        long delegation = namedDeputy(scenario, deputy);
        boolean ended = false;
        try {
            signIn(deputy);
            open(ReturnView.path(id));
            EvidencePanel leftOpen = panel("HF-1");
            assertThat(_find(leftOpen, Upload.class)).as("theirs at sign-off while they deputise").hasSize(1);
            Button remove = _get(leftOpen, Button.class, s -> s.withText("Remove"));
            Upload workbook = _get(_get(ReturnFiles.class), Upload.class);

            delegations.end(delegation, "dir.housing");
            ended = true;

            leftOpen.receive(CSV, "late.csv");
            assertThat(outcome("HF-1")).isEqualTo("Nothing was kept: Only Housing's data officers, director or the"
                    + " director's deputy may work on this return");
            _click(remove);
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(outcome("HF-1")).startsWith("Nothing was removed: Only Housing's data officers");
            UploadKt._upload(workbook, "values.csv", "text/csv", "code,value\nHF-1,60\n"
                    .getBytes(StandardCharsets.UTF_8));
            MockVaadin.runUIQueue();
            assertThat(_get(ReturnFiles.class).getChildren().filter(c -> c instanceof Paragraph).findFirst()
                    .orElseThrow().getElement().getText()).startsWith("Nothing was entered: Housing's return is"
                    + " submitted, and you can no longer change it");
            assertThat(evidence.of(hf1, 2)).extracting(EvidenceFile::fileName).containsExactly("extract.pdf");
            assertThat(values.find(hf1, 2).orElseThrow().value()).isEqualByComparingTo("85");
        } finally {
            if (!ended) {
                delegations.end(delegation, "dir.housing");
            }
        }
    }

    /** A deputy's file added at sign-off is a change the director's open page did not show: its sign-off waits. */
    @Test
    void aFileAddedBySomeoneElseAtSignOffRefusesASignOffFromAPageReadBeforeIt() throws Exception {
        ReturnScenario scenario = submitted(5752);
        long id = scenario.housing.id();
        String deputy = "signoff.deputy5752";
        long delegation = namedDeputy(scenario, deputy);
        try {
            Instant seen = clock.instant();
            int version = returns.find(id).orElseThrow().version();
            Thread.sleep(5); // the file is added after the director's page was read
            evidence.add(id, scenario.measureId("HF-1"), "deputy.csv", CSV, deputy);

            assertThatThrownBy(() -> workflow.signOff(id, version, seen, "dir.housing", null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Someone else changed HF-1");
            assertThat(returns.find(id).orElseThrow().status()).isEqualTo(ReturnStatus.SUBMITTED);
        } finally {
            delegations.end(delegation, "dir.housing");
        }
    }

    /**
     * Keeping the evidence is preparing the return: a strategic director who kept a file in it as the director's deputy
     * may not countersign it afterwards, as nobody countersigns their own work.
     */
    @Test
    void aDeputyWhoKeptEvidenceInTheReturnMayNotCountersignIt() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5755);
        long id = scenario.housing.id();
        String deputy = "evidence.deputy5755";
        long delegation = namedDeputy(scenario, deputy);
        // the data officer started the return: the deputy's only part in it is the file
        evidence.add(id, scenario.measureId("HF-2"), "register.csv", CSV, "data.housing");
        try {
            evidence.add(id, scenario.measureId("HF-1"), "extract.pdf", PDF, deputy);
        } finally {
            delegations.end(delegation, "dir.housing");
        }
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(id, "dir.housing");

        assertThat(countersigning.whyNot(deputy, scenario.reload())).hasValueSatisfying(why -> assertThat(why)
                .contains("nobody countersigns their own work"));
        assertThatThrownBy(() -> countersigning.countersign(id, deputy, "Seen"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("nobody countersigns their own work");
        assertThat(countersigning.forReturn(id)).isEmpty();
    }

    /** A first file starts a return not yet started, as a first figure does, in that order in its history. */
    @Test
    void aFirstFileStartsAReturnNotYetStarted() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5753);
        long id = scenario.housing.id();
        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.NOT_STARTED);

        evidence.add(id, scenario.measureId("HF-1"), "extract.pdf", PDF, "data.housing");

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(trail.history(id)).filteredOn(e -> !e.kind().equals("CHASE"))
                .extracting(ReturnTrail.Event::kind, ReturnTrail.Event::newValue, ReturnTrail.Event::actor)
                .endsWith(tuple("STATUS", "DRAFT", "data.housing"),
                        tuple(Evidence.ADDED, evidence.of(scenario.measureId("HF-1"), 2).get(0).described(),
                                "data.housing"));
    }

    /** Ids of another service's return or measure do not carry a file into a return that is not the person's. */
    @Test
    void evidenceIsNotAddedToAnotherServicesReturnById() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5754, "fixtures/framework-two-services.csv",
                "fixtures/actions-form.csv", Map.of("HF-1", "70", "HF-2", "50"), 2);
        long housing = scenario.housing.id();
        ServiceReturn highways = returns.forCycle(scenario.cycle.id()).stream()
                .filter(r -> r.serviceName().startsWith("Highways")).findFirst().orElseThrow();
        long hw1 = scenario.measureId("HW-1");
        EvidenceFile theirs = evidence.add(highways.id(), hw1, "potholes.csv", CSV, "data.highways");

        assertThatThrownBy(() -> evidence.add(highways.id(), hw1, "mine.csv", CSV, "data.housing"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> evidence.add(housing, hw1, "mine.csv", CSV, "data.housing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("That measure is not part of Housing's return");
        assertThatThrownBy(() -> evidence.remove(housing, theirs.id(), "dir.housing"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evidence.remove(highways.id(), theirs.id(), "dir.housing"))
                .isInstanceOf(NotAllowedException.class);

        assertThat(evidence.of(hw1, 2)).extracting(EvidenceFile::fileName).containsExactly("potholes.csv");
        assertThat(trail.history(housing)).noneMatch(e -> e.kind().startsWith("EVIDENCE"));
        assertThat(returns.find(housing).orElseThrow().status()).as("nothing started it")
                .isEqualTo(ReturnStatus.NOT_STARTED);
    }

    /** Housing's return with a file behind HF-1 added by its data officer, submitted and awaiting sign-off. */
    private ReturnScenario submitted(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "extract.pdf", PDF, "data.housing");
        scenario.completeAndSubmit();
        scenario.awaitTask(ReturnProcess.TASK_SIGN_OFF);
        return scenario;
    }

    /** A strategic director of Housing's directorate, named the director's deputy from today for a week. */
    private long namedDeputy(ReturnScenario scenario, String deputy) {
        admin.create(new UserFields(deputy, "Deputy", deputy + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, scenario.housing.directorateId()), "a long enough password", "admin");
        LocalDate today = LocalDate.now(clock);
        return delegations.name(scenario.housing.serviceId(), deputy, today, today.plusDays(7), "dir.housing");
    }
}
