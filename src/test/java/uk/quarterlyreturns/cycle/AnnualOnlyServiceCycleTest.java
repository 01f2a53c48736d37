package uk.quarterlyreturns.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A service whose only measure is an annual one, due in Q4, owes no return in Q1 to Q3: having nobody to sign off
 * yet (its director left, a new one not yet named) holds up only the quarter it owes one in, not every service's.
 */
class AnnualOnlyServiceCycleTest extends ApplicationTest {

    private static final String YEAR = "3892-93";
    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            AO-1,Repairs on time,Economy and Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE
            AO-2,Residents satisfied,Communities,Residents Survey 3892,Ambitious,%,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,70,,10,TOLERANCE
            """;

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired CycleService cycles;
    @Autowired CycleRepository cycleRows;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void aServiceOwingNothingThisQuarterDoesNotHoldUpItsCycle() {
        imports.importMeasures(YEAR, TabularFile.read(FRAMEWORK.getBytes(StandardCharsets.UTF_8), "f.csv"));
        long yearId = years.find(YEAR).orElseThrow().id();

        Instant q4Deadline = Instant.parse("3893-04-21T16:00:00Z");
        assertThatThrownBy(() -> cycles.open(YEAR, 4, q4Deadline, q4Deadline.plus(Duration.ofDays(10)),
                ChasePolicy.DEFAULT, "perf"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Residents Survey 3892")
                .hasMessageNotContaining("Housing");
        assertThat(cycleRows.find(yearId, 4)).isEmpty();

        Instant q1Deadline = Instant.parse("3892-07-21T16:00:00Z");
        long cycle = cycles.open(YEAR, 1, q1Deadline, q1Deadline.plus(Duration.ofDays(10)), ChasePolicy.DEFAULT,
                "perf").id();
        try {
            Await.until("Housing's return issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle).size() == 1);
            assertThat(returns.forCycle(cycle)).singleElement()
                    .satisfies(r -> assertThat(r.serviceName()).isEqualTo("Housing"));
        } finally {
            OpenedCycles.end(runtime, returns, cycle);
        }
    }
}
