package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A return asked for a highlight report, then withdrawn mid-quarter as its measures moved away ("Nothing due"), is
 * left out of the report's highlight reports: nobody writes one for it, and the report printed it as missing, as if
 * the service had failed to give it. Year 4200.
 */
class HighlightOfWithdrawnReturnTest extends ApplicationTest {

    private static final String AWAY = "Emptied 4200";
    private static final String INTO = "Receiving 4200";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired ReturnRepository returns;
    @Autowired HighlightReports highlights;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired ReportInputs inputs;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired RuntimeService runtime;

    @Test
    void aReturnWithdrawnAfterTheAskHasNoHighlightReportInTheReport() {
        String year = "4200-01";
        imports.importMeasures(year, csv(HEADER + measure("HW-1", AWAY) + measure("HW-2", INTO)));
        TwoServiceFramework.directs(organisation, people, "dir.emptied.4200", AWAY);
        TwoServiceFramework.directs(organisation, people, "dir.receiving.4200", INTO);
        long cycle = OpenedCycles.openSecondQuarter(context, year, 2);
        try {
            ServiceReturn emptied = returnOf(cycle, AWAY);
            ServiceReturn receiving = returnOf(cycle, INTO);
            highlights.setWanted(cycle, emptied.serviceId(), true, "perf");
            highlights.setWanted(cycle, receiving.serviceId(), true, "perf");

            imports.importMeasures(year, csv(HEADER + measure("HW-1", INTO) + measure("HW-2", INTO)));
            assertThat(returnOf(cycle, AWAY).status()).isEqualTo(ReturnStatus.WITHDRAWN);

            CompiledReport report = ReportCompiler.compile(inputs.gather(cycles.find(cycle).orElseThrow(),
                    years.find(year).orElseThrow(), 1, null, "", CabinetCover.EMPTY, LocalDate.now()));
            assertThat(report.highlights()).extracting(HighlightLine::service).as("the return still owed keeps its ask")
                    .containsExactly(INTO);
        } finally {
            OpenedCycles.end(runtime, returns, cycle);
        }
    }

    private ServiceReturn returnOf(long cycle, String service) {
        return returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(service)).findFirst()
                .orElseThrow();
    }
}
