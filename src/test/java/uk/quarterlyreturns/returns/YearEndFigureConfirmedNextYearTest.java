package uk.quarterlyreturns.returns;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.framework.MeasureHistory;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ProvisionalYearEnd;

/**
 * A fourth quarter has no later quarter in its year: its provisional figures are confirmed or revised in next year's
 * Q1 return of the same service, made final when that return is accepted, and next year's history follows.
 */
class YearEndFigureConfirmedNextYearTest extends ApplicationTest {

    private static final String REASON = "Outturn confirmed after audit";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;
    @Autowired EarlierFiguresMadeFinal madeFinal;
    @Autowired ReturnWorkflow workflow;
    @Autowired ReturnRepository returns;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;
    @Autowired YearRepository years;
    @Autowired ReturnTrail trail;
    @Autowired ObjectMapper json;

    @Test
    void revisedInNextYearsFirstReturnLastYearsFigureAndThisYearsHistoryFollowOnAcceptance() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.accepted(context, 4840)) {
            ServiceReturn q1 = scenario.q1;
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            long cumulative = scenario.measureId(scenario.lastYear, "YE-2");
            assertThat(earlier.forReturn(q1.id())).as("last year's, by the same code and service")
                    .extracting(o -> o.measure().id(), EarlierFigures.Offered::earlierQuarter,
                            EarlierFigures.Offered::figure).containsExactly(tuple(snapshot, 4, new BigDecimal("82")),
                            tuple(cumulative, 4, new BigDecimal("120")));
            assertThat(history(scenario, "YE-1")).containsEntry("Q4", new BigDecimal("82"))
                    .containsEntry("outturn", new BigDecimal("82"));
            assertThat(history(scenario, "YE-2")).containsEntry("outturn", new BigDecimal("420"));

            earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), null, Decision.REVISED, new BigDecimal("84"),
                    REASON, "data.housing");
            earlier.save(q1.id(), cumulative, 4, new BigDecimal("120"), null, Decision.REVISED,
                    new BigDecimal("130"), REASON, "data.housing");
            assertThat(trail.forReturn(q1.id()).stream().filter(e -> e.kind().equals(EarlierFigures.EARLIER_FIGURE))
                    .map(e -> tuple(e.item(), e.newValue())).toList()).contains(tuple("YE-1 Q4 4840/41",
                    "Q4 4840/41 figure revised from 82% to 84%: " + REASON));
            for (String outsider : List.of("data.highways", "perf", "reader")) {
                assertThatThrownBy(() -> earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), 1,
                        Decision.CONFIRMED, null, null, outsider)).as(outsider)
                        .isInstanceOf(NotAllowedException.class);
            }
            assertThatThrownBy(() -> earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), null,
                    Decision.CONFIRMED, null, null, "dir.housing")).as("a tab read before that save")
                    .isInstanceOf(SavedMeanwhileException.class);

            scenario.completeAndSubmit();
            assertThatThrownBy(() -> earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), 1,
                    Decision.CONFIRMED, null, null, "data.housing")).as("locked with the return")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(values.find(snapshot, 4).orElseThrow()).as("not before the return is accepted")
                    .extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("82"), true);
            scenario.accept(q1);

            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("84"), false);
            assertThat(values.find(cumulative, 4).orElseThrow().value()).isEqualTo(new BigDecimal("130"));
            assertThat(trail.forReturn(scenario.q4.id()).stream()
                    .filter(e -> e.kind().equals(EarlierFigures.FINAL_IN_LATER_RETURN))
                    .map(e -> tuple(e.actor(), e.item(), e.oldValue(), e.newValue(), e.comment())).toList())
                    .contains(tuple("perf", "YE-1", "82% (provisional)", "84%",
                            "revised in the Q1 4841/42 return by data.housing (" + REASON + ")"));
            assertThat(history(scenario, "YE-1")).as("a snapshot's outturn is its Q4")
                    .containsEntry("Q4", new BigDecimal("84")).containsEntry("outturn", new BigDecimal("84"));
            assertThat(history(scenario, "YE-2")).as("a cumulative measure's outturn adds up its quarters")
                    .containsEntry("Q4", new BigDecimal("130")).containsEntry("outturn", new BigDecimal("430"));
            assertThat(earlier.forReturn(q1.id())).allMatch(EarlierFigures.Offered::applied);

            // reopened and accepted again, nothing is applied twice
            workflow.reopen(q1.id(), returns.find(q1.id()).orElseThrow().version(), "perf", "YE-1 corrected");
            AcceptedReturn.awaitStep(context, q1.id(), ReturnProcess.TASK_COMPLETE_RETURN);
            scenario.completeAndSubmit();
            scenario.accept(q1);
            assertThat(trail.forReturn(scenario.q4.id()).stream()
                    .filter(e -> e.kind().equals(EarlierFigures.FINAL_IN_LATER_RETURN))).hasSize(2);
        }
    }

    @Test
    void aServiceRenamedNextYearUnderItsServiceCodeConfirmsItsOwnFigures() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.renamed(context, 4848)) {
            ServiceReturn q1 = scenario.q1;
            assertThat(q1.serviceName()).isEqualTo("Homes and Housing");
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            assertThat(earlier.forReturn(q1.id())).extracting(o -> o.measure().id(),
                    EarlierFigures.Offered::earlierQuarter).contains(tuple(snapshot, 4));
            earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), null, Decision.CONFIRMED, null, null,
                    "data.housing");
            scenario.completeAndSubmit();
            scenario.accept(q1);
            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("82"), false);
            assertThat(trail.forReturn(scenario.q4.id()).stream().map(ReturnTrail.Event::comment))
                    .contains("confirmed final in the Q1 4849/50 return by data.housing");
        }
    }

    /**
     * Next year's framework file writes last year's `ki 433` as `KI 433`: the same measure, so its Q1 return offers
     * last year's provisional Q4 figure, and the form and the API revise it. Matched exactly, none was offered, a save
     * was refused as not part of the return, and the API took the code for this year's own Q4.
     */
    @Test
    void aCodeWrittenInOtherLettersNextYearStillConfirmsLastYearsFigure() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.respelt(context, 6045)) {
            ServiceReturn q1 = scenario.q1;
            long was = scenario.measureId(scenario.lastYear, "ki 433");
            assertThat(earlier.forReturn(q1.id())).extracting(o -> o.measure().id(),
                    EarlierFigures.Offered::earlierQuarter, EarlierFigures.Offered::figure)
                    .contains(tuple(was, 4, new BigDecimal("82")));
            earlier.save(q1.id(), was, 4, new BigDecimal("82"), null, Decision.CONFIRMED, null, null,
                    "data.housing");

            ResponseEntity<String> answer = new Api(url(""), "data.housing", "demo").put("/api/years/" + scenario.year
                    + "/quarters/1/measures/KI 433/earlier-figures/4", "application/json", ("{\"reported\": 82,"
                    + " \"decision\": \"REVISED\", \"figure\": 84, \"reason\": \"" + REASON + "\"}").getBytes(UTF_8));
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            assertThat(json.readTree(answer.getBody()).get("words").asText())
                    .isEqualTo("Q4 6045/46 figure revised from 82% to 84%: " + REASON);

            scenario.completeAndSubmit();
            scenario.accept(q1);
            assertThat(values.find(was, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("84"), false);
            assertThat(history(scenario, "KI 433")).containsEntry("Q4", new BigDecimal("84"))
                    .containsEntry("outturn", new BigDecimal("84"));
        }
    }

    /**
     * A service owing no Q1 return next year (its only measure annual, due in Q2) confirms last year's provisional Q4
     * figure in its Q2 return, the first it owes, on the form and through the API. Only a Q1 return offered it, so the
     * outturn stayed marked provisional all year.
     */
    @Test
    void aServiceOwingNoFirstQuarterReturnConfirmsLastYearsFigureInTheFirstItOwes() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.annualNextYear(context, 4862)) {
            ServiceReturn first = scenario.q1;
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            assertThat(earlier.forReturn(first.id())).extracting(o -> o.measure().id(),
                    EarlierFigures.Offered::earlierQuarter, EarlierFigures.Offered::figure,
                    EarlierFigures.Offered::period).containsExactly(tuple(snapshot, 4, new BigDecimal("82"),
                    "Q4 4862/63"));

            ResponseEntity<String> answer = new Api(url(""), "data.housing", "demo").put("/api/years/"
                    + scenario.year + "/quarters/2/measures/YE-1/earlier-figures/4", "application/json",
                    "{\"reported\": 82, \"decision\": \"CONFIRMED\", \"year\": \"4862-63\"}".getBytes(UTF_8));
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            assertThat(json.readTree(answer.getBody()).get("words").asText())
                    .isEqualTo("Q4 4862/63 figure confirmed final (82%)");

            scenario.enter(scenario.year, "YE-1", 2, "85");
            workflow.submit(first.id(), "data.housing");
            AcceptedReturn.awaitStep(context, first.id(), ReturnProcess.TASK_SIGN_OFF);
            scenario.accept(first);
            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("82"), false);
            assertThat(trail.forReturn(scenario.q4.id()).stream().map(ReturnTrail.Event::comment))
                    .contains("confirmed final in the Q2 4863/64 return by data.housing");
        }
    }

    @Test
    void theApiNamesLastYearsFourthQuarterAndOnlyTheReturnsPeopleMayConfirmIt() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.accepted(context, 4842)) {
            String confirmed = "{\"reported\": 82, \"decision\": \"CONFIRMED\"}";
            for (String outsider : List.of("data.highways", "perf", "reader")) {
                assertThat(say(scenario, outsider, confirmed).getStatusCode().value()).as(outsider).isEqualTo(403);
            }
            ResponseEntity<String> wrongYear = say(scenario, "data.housing",
                    "{\"reported\": 82, \"decision\": \"CONFIRMED\", \"year\": \"4843-44\"}");
            assertThat(wrongYear.getStatusCode().value()).as(wrongYear.getBody()).isEqualTo(400);
            ResponseEntity<String> stale = say(scenario, "data.housing", "{\"reported\": 80, \"decision\": "
                    + "\"CONFIRMED\"}");
            assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(409);

            ResponseEntity<String> answer = say(scenario, "data.housing",
                    "{\"reported\": 82, \"decision\": \"CONFIRMED\", \"year\": \"4842-43\"}");
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            assertThat(json.readTree(answer.getBody()).get("words").asText())
                    .isEqualTo("Q4 4842/43 figure confirmed final (82%)");

            scenario.completeAndSubmit();
            scenario.accept(scenario.q1);
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("82"), false);
            assertThat(values.find(scenario.measureId(scenario.lastYear, "YE-2"), 4).orElseThrow().provisional())
                    .as("nothing said of it: still provisional").isTrue();
        }
    }

    @Test
    void lastYearsFigureCorrectedInItsOwnReturnMeanwhileStandsAndAPageReadBeforeIsRefused() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.accepted(context, 4850)) {
            ServiceReturn q1 = scenario.q1;
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), null, Decision.CONFIRMED, null, null,
                    "data.housing");
            scenario.correctFourthQuarter("YE-1", "83");
            assertThatThrownBy(() -> earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), 1, Decision.REVISED,
                    new BigDecimal("84"), REASON, "data.housing")).isInstanceOf(SavedMeanwhileException.class);

            scenario.completeAndSubmit();
            scenario.accept(q1);
            assertThat(values.find(snapshot, 4).orElseThrow().value()).isEqualTo(new BigDecimal("83"));
            assertThat(history(scenario, "YE-1")).containsEntry("Q4", new BigDecimal("83"));
            assertThat(trail.forReturn(q1.id()).stream().map(ReturnTrail.Event::comment))
                    .contains("not applied: the Q4 4850/51 figure had changed meanwhile");
        }
    }

    /**
     * Next year's Q1 return accepted while last year's Q4 return is reopened for correction: the revision of its
     * figure waits, as within a year, and is applied when the Q4 return is accepted again; the history follows then.
     */
    @Test
    void aRevisionAcceptedWhileLastYearsFourthQuarterIsReopenedWaitsForIt() throws Exception {
        try (ProvisionalYearEnd scenario = ProvisionalYearEnd.accepted(context, 4856)) {
            ServiceReturn q1 = scenario.q1;
            long snapshot = scenario.measureId(scenario.lastYear, "YE-1");
            earlier.save(q1.id(), snapshot, 4, new BigDecimal("82"), null, Decision.REVISED, new BigDecimal("84"),
                    REASON, "data.housing");
            scenario.completeAndSubmit();
            scenario.reopenFourthQuarter("YE-2 to be checked");
            scenario.accept(q1);

            assertThat(values.find(snapshot, 4).orElseThrow()).as("not changed inside a return being corrected")
                    .extracting(QuarterValue::value, QuarterValue::provisional)
                    .containsExactly(new BigDecimal("82"), true);
            assertThat(earlier.forReturn(q1.id())).filteredOn(o -> o.said() != null).singleElement()
                    .extracting(EarlierFigures.Offered::waiting, EarlierFigures.Offered::period)
                    .containsExactly(true, "Q4 4856/57");
            assertThat(madeFinal.waitingOn(scenario.q4.id())).containsExactly("YE-1: 82% (provisional) to 84%,"
                    + " revised in the Q1 4857/58 return by data.housing (" + REASON + ")");

            scenario.acceptFourthQuarterAgain();

            assertThat(values.find(snapshot, 4).orElseThrow()).extracting(QuarterValue::value,
                    QuarterValue::provisional).containsExactly(new BigDecimal("84"), false);
            assertThat(history(scenario, "YE-1")).containsEntry("Q4", new BigDecimal("84"));
            assertThat(trail.forReturn(scenario.q4.id()).stream()
                    .filter(e -> e.kind().equals(EarlierFigures.FINAL_IN_LATER_RETURN))
                    .map(ReturnTrail.Event::comment)).containsExactly(
                            "revised in the Q1 4857/58 return by data.housing (" + REASON + ")");
        }
    }

    private ResponseEntity<String> say(ProvisionalYearEnd scenario, String user, String body) {
        return new Api(url(""), user, "demo").put("/api/years/" + scenario.year + "/quarters/1/measures/YE-1"
                + "/earlier-figures/4", "application/json", body.getBytes(UTF_8));
    }

    private Map<String, BigDecimal> history(ProvisionalYearEnd scenario, String code) {
        long id = scenario.measureId(scenario.year, code);
        Map<String, BigDecimal> byPeriod = new HashMap<>();
        measureHistory.historyForYear(years.find(scenario.year).orElseThrow().id()).stream()
                .filter(h -> h.measureId() == id && h.year().equals(scenario.lastYear))
                .forEach(h -> byPeriod.put(h.quarter() == null ? "outturn" : "Q" + h.quarter(), h.value()));
        return byPeriod;
    }
}
