package uk.quarterlyreturns.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.framework.YearRollover;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Housing's year-end figures reported provisional: YE-1 (a snapshot, 82% in Q4) and YE-2 (cumulative, 100 a quarter
 * and 120 in Q4), both marked provisional in the Q4 return, accepted; the year rolled over and next year's Q1 cycle
 * opened. A Highways measure's return stays out, so each cycle stays collecting. Closed, its cycles end. Renamed,
 * next year's framework is imported instead, Housing renamed "Homes and Housing" under its {@code service_code};
 * moved, next year's framework gives YE-1 to Highways and Streetscene; respelt, YE-1 is `ki 433` and next year's
 * framework, imported, writes it `KI 433`. Annual next year, YE-1 is Housing's only measure, annual and due in Q2, so
 * Housing owes no Q1 return: next year's Q1 cycle is opened without it, and {@link #q1} is its Q2 return.
 */
public final class ProvisionalYearEnd implements AutoCloseable {

    private static final String HIGHWAYS = "Highways and Streetscene";
    /**
     * Housing's name (%1$s) and service_code (%2$s, empty for none), YE-1's service (%3$s), that service's code (%4$s)
     * and YE-1's own code (%5$s).
     */
    private static final String FRAMEWORK = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme,service_code
            %5$s,Repairs completed on time,Economy and Infrastructure,%3$s,Ambitious,%%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,%4$s
            YE-2,Homes let,Economy and Infrastructure,%1$s,Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,,10,TOLERANCE,%2$s
            HW-1,Potholes awaiting repair,Economy and Infrastructure,Highways and Streetscene,Ambitious,count,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE,
            """;

    /** The year whose Q4 figures are provisional, and the next. */
    public final String lastYear;
    public final String year;
    /** Last year's Q4 return (accepted) and this year's first return (with the service): Q1, or Q2 when annual. */
    public final ServiceReturn q4;
    public final ServiceReturn q1;
    /** YE-1's code as last year's framework and this year's write it. */
    private final String ye1Then;
    private final String ye1Now;
    private final ApplicationContext context;
    private final List<Long> cycles = new ArrayList<>();

    /** How next year's framework comes: rolled over, or imported with Housing renamed or YE-1 moved or respelt. */
    private enum NextYear { ROLLED_OVER, RENAMED, MOVED, RESPELT, ANNUAL }

    /** Next year's framework when annual: YE-1 Housing's only measure, annual and due in Q2. */
    private static final String ANNUAL_NEXT_YEAR = """
            code,title,directorate,service,theme,unit,polarity,frequency,due_quarter,aggregation,target,floor,tolerance_pct,rag_scheme
            YE-1,Repairs completed on time,Economy and Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,ANNUAL,2,SNAPSHOT,80,,10,TOLERANCE
            HW-1,Potholes awaiting repair,Economy and Infrastructure,Highways and Streetscene,Ambitious,count,LOWER_IS_BETTER,QUARTERLY,,SNAPSHOT,100,,10,TOLERANCE
            """;

    private ProvisionalYearEnd(ApplicationContext context, int startYear, NextYear next) {
        this.context = context;
        this.lastYear = ReportingYear.labelOf(startYear);
        this.year = ReportingYear.labelOf(startYear + 1);
        this.ye1Then = next == NextYear.RESPELT ? "ki 433" : "YE-1";
        this.ye1Now = next == NextYear.RESPELT ? "KI 433" : "YE-1";
        FrameworkImport imports = context.getBean(FrameworkImport.class);
        imports.importMeasures(lastYear, framework("Housing", next == NextYear.RENAMED, "Housing", ye1Then));
        for (int q = 1; q <= 3; q++) {
            enter(lastYear, "YE-2", q, "100"); // quarters with no return asked for count as they are
        }
        this.q4 = open(lastYear, 4, 2);
        enter(lastYear, "YE-1", 4, "82");
        enter(lastYear, "YE-2", 4, "120");
        ReturnEditing editing = context.getBean(ReturnEditing.class);
        editing.saveProvisional(q4.id(), measureId(lastYear, "YE-1"), true, "data.housing");
        editing.saveProvisional(q4.id(), measureId(lastYear, "YE-2"), true, "data.housing");
        submit(q4);
        accept(q4);
        switch (next) {
            case RENAMED -> imports.importMeasures(year, framework("Homes and Housing", true, "Homes and Housing",
                    ye1Now));
            case MOVED -> imports.importMeasures(year, framework("Housing", false, HIGHWAYS, ye1Now));
            case RESPELT -> imports.importMeasures(year, framework("Housing", false, "Housing", ye1Now));
            case ANNUAL -> imports.importMeasures(year, TabularFile.read(ANNUAL_NEXT_YEAR.getBytes(
                    StandardCharsets.UTF_8), "framework.csv"));
            default -> context.getBean(YearRollover.class).rollover(lastYear, year, true);
        }
        if (next == NextYear.ANNUAL) {
            open(year, 1, 1);
        }
        this.q1 = open(year, next == NextYear.ANNUAL ? 2 : 1, 2);
    }

    public static ProvisionalYearEnd accepted(ApplicationContext context, int startYear) {
        return new ProvisionalYearEnd(context, startYear, NextYear.ROLLED_OVER);
    }

    /** As {@link #accepted}, Housing renamed next year, the same service by its code. */
    public static ProvisionalYearEnd renamed(ApplicationContext context, int startYear) {
        return new ProvisionalYearEnd(context, startYear, NextYear.RENAMED);
    }

    /** As {@link #accepted}, YE-1 moved to Highways and Streetscene next year ({@link #highwaysFirstQuarter}). */
    public static ProvisionalYearEnd moved(ApplicationContext context, int startYear) {
        return new ProvisionalYearEnd(context, startYear, NextYear.MOVED);
    }

    /** As {@link #accepted}, next year's framework imported writing last year's `ki 433` (YE-1) as `KI 433`. */
    public static ProvisionalYearEnd respelt(ApplicationContext context, int startYear) {
        return new ProvisionalYearEnd(context, startYear, NextYear.RESPELT);
    }

    /** As {@link #accepted}, YE-1 Housing's only measure next year, annual and due in Q2 (no Q1 return owed). */
    public static ProvisionalYearEnd annualNextYear(ApplicationContext context, int startYear) {
        return new ProvisionalYearEnd(context, startYear, NextYear.ANNUAL);
    }

    /**
     * The framework file: Housing under this name (under its service_code when renamed), YE-1 in that service and
     * under that code.
     */
    private static TabularFile framework(String housing, boolean renamed, String ye1Service, String ye1Code) {
        String code = renamed ? "YE-HOUSING" : "";
        String csv = FRAMEWORK.formatted(housing, code, ye1Service, ye1Service.equals(HIGHWAYS) ? "" : code, ye1Code);
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "framework.csv");
    }

    /** This year's Q1 return of Highways and Streetscene, with its service. */
    public ServiceReturn highwaysFirstQuarter() {
        ServiceReturn r = context.getBean(ReturnRepository.class).forCycle(q1.cycleId()).stream()
                .filter(x -> x.serviceName().equals(HIGHWAYS)).findFirst().orElseThrow();
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        return r;
    }

    /** After the test: the cycles' processes ended. */
    @Override
    public void close() {
        cycles.forEach(id -> OpenedCycles.end(context.getBean(RuntimeService.class),
                context.getBean(ReturnRepository.class), id));
    }

    /** This year's Q1 figures entered (YE-1 85%, YE-2 110) and the return submitted by the data officer. */
    public void completeAndSubmit() {
        enter(year, "YE-1", 1, "85");
        enter(year, "YE-2", 1, "110");
        submit(q1);
    }

    /** Last year's Q4 return reopened by the performance team, the figure corrected there, and accepted again. */
    public void correctFourthQuarter(String code, String value) {
        context.getBean(ReturnWorkflow.class).reopen(q4.id(), context.getBean(ReturnRepository.class).find(q4.id())
                .orElseThrow().version(), "perf", code + " corrected");
        AcceptedReturn.awaitStep(context, q4.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        enter(lastYear, code, 4, value);
        submit(q4);
        accept(q4);
    }

    /** Last year's Q4 return reopened for correction by the performance team, and left with the service. */
    public void reopenFourthQuarter(String reason) {
        context.getBean(ReturnWorkflow.class).reopen(q4.id(), context.getBean(ReturnRepository.class).find(q4.id())
                .orElseThrow().version(), "perf", reason);
        AcceptedReturn.awaitStep(context, q4.id(), ReturnProcess.TASK_COMPLETE_RETURN);
    }

    /** Last year's reopened Q4 return submitted again unchanged and accepted. */
    public void acceptFourthQuarterAgain() {
        submit(q4);
        accept(q4);
    }

    private void submit(ServiceReturn r) {
        context.getBean(ReturnWorkflow.class).submit(r.id(), "data.housing");
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_SIGN_OFF);
    }

    /** The submitted return signed off by its director and accepted by the performance team. */
    public void accept(ServiceReturn r) {
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.signOff(r.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(r.id(), "perf");
    }

    /** The measure of that year's framework: "YE-1" as that year writes it. */
    public long measureId(String ofYear, String code) {
        YearRepository years = context.getBean(YearRepository.class);
        String written = !code.equals("YE-1") ? code : ofYear.equals(lastYear) ? ye1Then : ye1Now;
        return context.getBean(MeasureRepository.class).find(years.find(ofYear).orElseThrow().id(), written)
                .orElseThrow().id();
    }

    /** A figure stored for the measure of that year and quarter, as a feed would. */
    public void enter(String ofYear, String code, int quarter, String value) {
        context.getBean(ValueRepository.class).saveFigure(measureId(ofYear, code), quarter, new BigDecimal(value),
                null, null, null, "feed");
    }

    /** The cycle opened; Housing's return once the cycle issued {@code issued} returns (null when it owes none). */
    private ServiceReturn open(String ofYear, int quarter, int issued) {
        Instant now = Instant.now();
        Cycle cycle = context.getBean(CycleService.class).open(ofYear, quarter, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf");
        cycles.add(cycle.id());
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until(issued + " returns issued", ReturnScenario.WAIT,
                () -> returns.forCycle(cycle.id()).size() == issued);
        ServiceReturn r = returns.forCycle(cycle.id()).stream().filter(x -> q4 == null
                ? x.serviceName().equals("Housing") : x.serviceId() == q4.serviceId()).findFirst().orElse(null);
        if (r == null) {
            return null;
        }
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        return r;
    }
}
