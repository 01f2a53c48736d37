package uk.quarterlyreturns.returns;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalYearEnd;

/**
 * A restructure moves a measure to another service for the new year: its provisional year-end figure, in the old
 * service's last Q4 return, is confirmed or revised by the service that has the measure now, in its Q1 return; the
 * old service's return records it, naming the new service's return.
 */
class YearEndFigureOfAMovedMeasureTest extends ApplicationTest {

    private static final String REASON = "Outturn confirmed after audit";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired EarlierFiguresMadeFinal madeFinal;
    @Autowired ReturnWorkflow workflow;
    @Autowired ValueRepository values;
    @Autowired ReturnTrail trail;

    @Test
    void theServiceThatHasTheMeasureNowRevisesItsYearEndFigure() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.moved(context, 5960)) {
            ServiceReturn highways = scenario.highwaysFirstQuarter();
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            long cumulative = scenario.measureId(scenario.lastYear, "YE-2");
            assertThat(earlier.forReturn(highways.id())).as("YE-1 is Highways' now")
                    .extracting(o -> o.measure().id(), EarlierFigures.Offered::earlierQuarter,
                            EarlierFigures.Offered::figure).containsExactly(tuple(snapshot, 4, new BigDecimal("82")));
            assertThat(earlier.forReturn(scenario.q1.id())).as("Housing keeps YE-2 only")
                    .extracting(o -> o.measure().id()).containsExactly(cumulative);
            assertThatThrownBy(() -> earlier.save(scenario.q1.id(), snapshot, 4, new BigDecimal("82"), null,
                    Decision.CONFIRMED, null, null, "data.housing")).as("in the return that had it last year")
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> earlier.save(highways.id(), snapshot, 4, new BigDecimal("82"), null,
                    Decision.CONFIRMED, null, null, "data.housing")).as("by the service that had it")
                    .isInstanceOf(NotAllowedException.class);

            earlier.save(highways.id(), snapshot, 4, new BigDecimal("82"), null, Decision.REVISED,
                    new BigDecimal("84"), REASON, "data.highways");
            accept(scenario, highways);

            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("84"), false);
            assertThat(trail.forReturn(scenario.q4.id()).stream()
                    .filter(e -> e.kind().equals(EarlierFigures.FINAL_IN_LATER_RETURN))
                    .map(e -> tuple(e.item(), e.newValue(), e.comment())).toList())
                    .containsExactly(tuple("YE-1", "84%", "revised in Highways and Streetscene's Q1 "
                            + scenario.year.replace('-', '/') + " return by data.highways (" + REASON + ")"));
        }
    }

    /**
     * Said over the API while the old service's Q4 return is reopened, the figure waits for that return's
     * acceptance.
     */
    @Test
    void aRevisionAcceptedWhileTheOldServicesReturnIsReopenedWaitsForIt() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.moved(context, 5962)) {
            ServiceReturn highways = scenario.highwaysFirstQuarter();
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            String revised = "{\"reported\": 82, \"decision\": \"REVISED\", \"figure\": 84, \"reason\": \""
                    + REASON + "\"}";
            assertThat(say(scenario, "data.housing", revised).getStatusCode().value()).as("the service that had it")
                    .isEqualTo(403);
            ResponseEntity<String> answer = say(scenario, "data.highways", revised);
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            scenario.reopenFourthQuarter("YE-2 to be checked");
            accept(scenario, highways);

            assertThat(values.find(snapshot, 4).orElseThrow().value()).as("not changed inside a return being corrected")
                    .isEqualTo(new BigDecimal("82"));
            assertThat(madeFinal.waitingOn(scenario.q4.id())).singleElement().asString()
                    .startsWith("YE-1: 82% (provisional) to 84%, revised in Highways and Streetscene's Q1");

            scenario.acceptFourthQuarterAgain();

            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("84"), false);
        }
    }

    private ResponseEntity<String> say(ProvisionalYearEnd scenario, String user, String body) {
        return new Api(url(""), user, "demo").put("/api/years/" + scenario.year + "/quarters/1/measures/YE-1"
                + "/earlier-figures/4", "application/json", body.getBytes(UTF_8));
    }

    /** Highways' Q1 figures entered, its return submitted, signed off and accepted. */
    private void accept(ProvisionalYearEnd scenario, ServiceReturn highways) {
        scenario.enter(scenario.year, "YE-1", 1, "85");
        scenario.enter(scenario.year, "HW-1", 1, "90");
        workflow.submit(highways.id(), "data.highways");
        AcceptedReturn.awaitStep(context, highways.id(), ReturnProcess.TASK_SIGN_OFF);
        workflow.signOff(highways.id(), "dir.highways");
        AcceptedReturn.awaitStep(context, highways.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(highways.id(), "perf");
    }
}
