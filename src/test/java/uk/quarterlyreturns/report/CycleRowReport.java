package uk.quarterlyreturns.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.ReportingYear;

/** A quarter's report compiled on a cycle row without its process: the report needs the cycle, not its returns. */
final class CycleRowReport {

    private CycleRowReport() {
    }

    static CompiledReport compile(ApplicationContext context, ReportingYear year, int quarter) {
        CycleRepository cycles = context.getBean(CycleRepository.class);
        Instant now = Instant.now();
        long cycleId = cycles.insert(year.id(), quarter, now.minus(Duration.ofDays(1)), now, "perf", now,
                ChasePolicy.DEFAULT);
        try {
            Cycle cycle = cycles.find(cycleId).orElseThrow();
            return ReportCompiler.compile(context.getBean(ReportInputs.class).gather(cycle, year, 1, null, "",
                    CabinetCover.EMPTY, LocalDate.ofInstant(now, ReportingYear.LONDON)));
        } finally {
            context.getBean(JdbcClient.class).sql("delete from cycle where id = :id").param("id", cycleId).update();
        }
    }

    /** The measure's row in the report's theme tables. */
    static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream()).filter(r -> r.ref().equals(ref))
                .findFirst().orElseThrow();
    }

    /** The measure's item in the report's performance by exception. */
    static ExceptionItem exception(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.exceptions().stream()).flatMap(g -> g.items().stream())
                .filter(i -> i.ref().equals(ref)).findFirst().orElseThrow();
    }
}
