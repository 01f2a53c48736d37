package uk.quarterlyreturns.compliance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Bulk acceptance does what its confirmation said and no more: a return the preview left stays left though it could
 * be accepted by the time the button is pressed, and a return that went round again behind the dialog is not
 * accepted in a version nobody previewed. A return a colleague accepted or sent back behind the dialog is said to be,
 * by whom and when, not to be checked again (years 6142-43 and 6143-44).
 */
class BulkAcceptAsPreviewedTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired ReturnWorkflow workflow;
    @Autowired Challenges challenges;
    @Autowired ReturnEditing editing;
    @Autowired ValueRepository values;
    @Autowired ReturnRepository returnRepository;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ReturnTrail trail;

    @Test
    void aReturnThePreviewLeftIsNotAcceptedWhenItsChallengeIsAnsweredBehindTheDialog() {
        Map<String, ServiceReturn> returns = signedOff("3800-01");
        long housing = returns.get("Housing").id();
        long highways = returns.get("Highways and Streetscene").id();
        challenges.challenge(highways, "RH-2", "perfmgr", "90 potholes: is that this quarter's count?");

        BulkAcceptDialog dialog = previewAll(returns.get("Housing").cycleId());
        assertThat(dialog.getHeaderTitle()).isEqualTo("Accept 1 of 2 selected returns?");
        assertThat(dialog.getElement().getTextRecursively()).contains("Will not be accepted (1)Highways and"
                + " Streetscene: the challenge on RH-2 is not answered yet");

        challenges.answer(highways, "RH-2", "data.highways", "Yes: counted on 30 September");
        _click(_get(dialog, Button.class, s -> s.withText("Accept 1 return")));

        assertThat(status(housing)).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(status(highways)).as("left, as the dialog said").isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(_get(Paragraph.class, s -> s.withClasses("bulk-accept-result")).getText()).isEqualTo(
                "1 accepted; 1 left: Highways and Streetscene: the challenge on RH-2 is not answered yet");
    }

    @Test
    void aReturnSignedOffAgainBehindTheDialogIsNotAcceptedUnseen() {
        Map<String, ServiceReturn> returns = signedOff("3801-02");
        long housing = returns.get("Housing").id();
        long highways = returns.get("Highways and Streetscene").id();

        BulkAcceptDialog dialog = previewAll(returns.get("Housing").cycleId());
        assertThat(dialog.getHeaderTitle()).isEqualTo("Accept 2 of 2 selected returns?");

        // behind the dialog: a colleague sends Housing back, the service changes its figure, it is signed off again
        workflow.sendBackByPerformanceTeam(housing, "perfmgr", "RH-1: is 85 the month-end figure?");
        awaitStep(housing, ReturnProcess.TASK_COMPLETE_RETURN);
        long rh1 = measureId("3801-02", "RH-1");
        editing.saveMeasure(housing, rh1, values.find(rh1, 2).orElseThrow().version(), new MeasureEntry(
                new BigDecimal("88"), null, null, null, null, null), "data.housing");
        workflow.submit(housing, "data.housing");
        awaitStep(housing, ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(housing, "dir.housing");
        awaitStep(housing, ReturnProcess.TASK_QUALITY_CHECK);

        _click(_get(dialog, Button.class, s -> s.withText("Accept 2 returns")));

        assertThat(status(highways)).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(status(housing)).as("its new version waits for a check").isEqualTo(ReturnStatus.SIGNED_OFF);
        assertThat(_get(Paragraph.class, s -> s.withClasses("bulk-accept-result")).getText()).isEqualTo(
                "1 accepted; 1 left: Housing: it has changed since the preview, so it was not accepted: check it"
                        + " again");
    }

    @Test
    void aReturnAColleagueAcceptedBehindTheDialogIsSaidToBeAccepted() {
        Map<String, ServiceReturn> returns = signedOff("6142-43");
        long housing = returns.get("Housing").id();
        BulkAcceptDialog dialog = previewAll(returns.get("Housing").cycleId());

        workflow.accept(housing, "perfmgr");
        _click(_get(dialog, Button.class, s -> s.withText("Accept 2 returns")));

        String when = TrailTable.WHEN.format(returnRepository.find(housing).orElseThrow().acceptedAt());
        assertThat(_get(Paragraph.class, s -> s.withClasses("bulk-accept-result")).getText()).isEqualTo(
                "1 accepted; 1 left: Housing: accepted meanwhile by Performance Manager on " + when);
    }

    @Test
    void aReturnAColleagueSentBackBehindTheDialogIsSaidToBeSentBack() {
        Map<String, ServiceReturn> returns = signedOff("6143-44");
        long housing = returns.get("Housing").id();
        BulkAcceptDialog dialog = previewAll(returns.get("Housing").cycleId());

        workflow.sendBackByPerformanceTeam(housing, "perfmgr", "RH-1: is 85 the month-end figure?");
        _click(_get(dialog, Button.class, s -> s.withText("Accept 2 returns")));

        assertThat(status(housing)).isEqualTo(ReturnStatus.SENT_BACK);
        String when = TrailTable.WHEN.format(trail.forReturn(housing).stream()
                .filter(e -> ReturnStatus.SENT_BACK.name().equals(e.newValue())).findFirst().orElseThrow().at());
        assertThat(_get(Paragraph.class, s -> s.withClasses("bulk-accept-result")).getText()).isEqualTo(
                "1 accepted; 1 left: Housing: sent back to the service meanwhile by Performance Manager on " + when
                        + ", so it was not accepted");
    }

    /** The performance team selects every return of the cycle and asks to accept them: the preview opens. */
    private BulkAcceptDialog previewAll(long cycleId) {
        signIn("perf");
        UI.getCurrent().navigate("compliance", QueryParameters.of(ComplianceView.CYCLE_PARAMETER,
                String.valueOf(cycleId)));
        ComplianceGrid grid = _get(ComplianceGrid.class);
        grid.asMultiSelect().select(grid.getListDataView().getItems().toList());
        _click(_get(Button.class, s -> s.withText("Accept selected signed-off returns…")));
        return _get(BulkAcceptDialog.class);
    }

    /** Housing (RH-1, 85) and Highways (RH-2, 90) submitted and signed off in a Q2 cycle of the year. */
    private Map<String, ServiceReturn> signedOff(String year) {
        List<ServiceReturn> issued = AcceptedReturn.issued(context, year);
        context.getBean(FigureImport.class).importValues(year, 2,
                AcceptedReturn.csv("code,value\nRH-1,85\nRH-2,90\n"), "perf");
        Map<String, String> people = Map.of("Housing", "housing", "Highways and Streetscene", "highways");
        for (ServiceReturn r : issued) {
            String service = people.get(r.serviceName());
            awaitStep(r.id(), ReturnProcess.TASK_COMPLETE_RETURN);
            workflow.submit(r.id(), "data." + service);
            awaitStep(r.id(), ReturnProcess.TASK_SIGN_OFF);
            workflow.signOff(r.id(), "dir." + service);
            awaitStep(r.id(), ReturnProcess.TASK_QUALITY_CHECK);
        }
        return issued.stream().collect(Collectors.toMap(ServiceReturn::serviceName, r -> r));
    }

    private long measureId(String year, String code) {
        return measures.find(years.find(year).orElseThrow().id(), code).orElseThrow().id();
    }

    private ReturnStatus status(long returnId) {
        return returnRepository.find(returnId).orElseThrow().status();
    }

    private void awaitStep(long returnId, String step) {
        AcceptedReturn.awaitStep(context, returnId, step);
    }
}
