package uk.quarterlyreturns.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;

/** The compliance page's days to the deadline count as its words do: a midnight deadline closes the day before. */
class DaysToDeadlineTest extends ApplicationTest {

    @Autowired FrameworkImport imports;
    @Autowired CycleService cycles;
    @Autowired ComplianceService compliance;
    @Autowired ReturnRepository returns;
    @Autowired RuntimeService runtime;

    @Test
    void aDeadlineAtMidnightTheDayAfterTomorrowClosesTomorrow() throws Exception {
        imports.importMeasures("2922-23", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "framework.csv"));
        ZonedDateTime midnight = LocalDate.now(LondonTime.ZONE).plusDays(2).atStartOfDay(LondonTime.ZONE);
        Cycle cycle = cycles.open("2922-23", 1, midnight.toInstant(), midnight.plusDays(10).toInstant(),
                ChasePolicy.DEFAULT, "perf");
        try {
            Await.until("both returns issued", Duration.ofSeconds(60),
                    () -> compliance.forCycle(cycle.id()).returns().size() == 2);
            assertThat(compliance.forCycle(cycle.id()).returns()).extracting(ReturnCompliance::daysToDeadline)
                    .as("\"closes tomorrow\", so due soon by one day, not two").containsOnly(1L);
        } finally {
            OpenedCycles.end(runtime, returns, cycle.id());
        }
    }
}
