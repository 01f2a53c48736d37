package uk.quarterlyreturns.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Housing's Q1 return of a year of the test's own (fixtures/framework-form.csv, and a Highways measure whose return
 * stays out, so each cycle stays collecting, where an accepted return may be reopened): HF-1 at 82% marked
 * provisional, HF-2 at 50, submitted, signed off and accepted; then the Q2 cycle opened. Closed, its cycles end.
 */
public final class ProvisionalFirstQuarter implements AutoCloseable {

    /** A Housing measure counted cumulatively: 400 a year, so 100 to date at Q1 and 200 at Q2. */
    public static final String LETTINGS = "HF-4,New lettings,Economy and Infrastructure,Housing,Ambitious,COUNT,"
            + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,400,,10,TOLERANCE,\n";

    /** A Housing measure counted cumulatively within 5% of 200 a year: 50 to date at Q1 and 100 at Q2. */
    public static final String HOMES_LET = "HF-9,Homes let,Economy and Infrastructure,Housing,Ambitious,COUNT,"
            + "HIGHER_IS_BETTER,QUARTERLY,CUMULATIVE,200,,5,TOLERANCE,\n";

    public final String year;
    public final ServiceReturn q1;
    public final ServiceReturn q2;
    private final ApplicationContext context;
    private final List<Long> cycles = new ArrayList<>();

    private ProvisionalFirstQuarter(ApplicationContext context, String year, ServiceReturn q1, ServiceReturn q2,
            List<Long> cycles) {
        this.context = context;
        this.year = year;
        this.q1 = q1;
        this.q2 = q2;
        this.cycles.addAll(cycles);
    }

    public static ProvisionalFirstQuarter accepted(ApplicationContext context, int startYear) throws Exception {
        return accepted(context, startYear, "", (scenario, q1) -> { });
    }

    /**
     * The same, with more Housing measures (framework rows, each ending in a newline), whose Q1 figures
     * {@code firstQuarter} gives (and marks) before the Q1 return is submitted.
     */
    public static ProvisionalFirstQuarter accepted(ApplicationContext context, int startYear, String moreMeasures,
            BiConsumer<ProvisionalFirstQuarter, ServiceReturn> firstQuarter) throws Exception {
        return accepted(context, startYear, "fixtures/framework-form.csv", moreMeasures, firstQuarter);
    }

    /** The same on another Housing framework with HF-1 and HF-2 (fixtures/framework-arrears.csv). */
    public static ProvisionalFirstQuarter accepted(ApplicationContext context, int startYear, String framework,
            String moreMeasures, BiConsumer<ProvisionalFirstQuarter, ServiceReturn> firstQuarter) throws Exception {
        String year = ReportingYear.labelOf(startYear);
        FrameworkImport imports = context.getBean(FrameworkImport.class);
        imports.importMeasures(year, framework(framework, moreMeasures));
        imports.importKeyActions(year, TabularFile.read(new ClassPathResource("fixtures/actions-form.csv")
                .getContentAsByteArray(), "actions.csv"));
        List<Long> opened = new ArrayList<>();
        ProvisionalFirstQuarter start = new ProvisionalFirstQuarter(context, year, null, null, opened);
        ServiceReturn q1 = start.open(1, opened);
        long hf1 = start.measureId("HF-1");
        start.enter("HF-1", 1, "82");
        context.getBean(ReturnEditing.class).saveProvisional(q1.id(), hf1, true, "data.housing");
        start.enter("HF-2", 1, "50");
        firstQuarter.accept(start, q1);
        start.completeAndSubmit(q1, 1);
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.signOff(q1.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, q1.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(q1.id(), "perf");
        ServiceReturn q2 = start.open(2, opened);
        return new ProvisionalFirstQuarter(context, year, q1, q2, opened);
    }

    /** The same with {@link #HOMES_LET}, its Q1 figure 50 marked provisional. */
    public static ProvisionalFirstQuarter homesLetProvisional(ApplicationContext context, int startYear)
            throws Exception {
        return accepted(context, startYear, HOMES_LET, (s, q1) -> {
            s.enter("HF-9", 1, "50");
            s.markProvisional(q1, "HF-9");
        });
    }

    /** The year's framework file: Housing's form measures, HW-1 and these more (rows, each ending in a newline). */
    public static TabularFile framework(String moreMeasures) throws java.io.IOException {
        return framework("fixtures/framework-form.csv", moreMeasures);
    }

    /** The framework of {@code fixture}, with a highways measure and {@code moreMeasures} rows after it. */
    public static TabularFile framework(String fixture, String moreMeasures) throws java.io.IOException {
        return TabularFile.read((new String(new ClassPathResource(fixture)
                .getContentAsByteArray(), StandardCharsets.UTF_8).strip() + "\nHW-1,Potholes awaiting repair,"
                + "Economy and Infrastructure,Highways and Streetscene,Ambitious,COUNT,LOWER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,100,,10,TOLERANCE,\n" + moreMeasures).getBytes(StandardCharsets.UTF_8), "framework.csv");
    }

    /** After the test: the cycles' processes ended. */
    @Override
    public void close() {
        cycles.forEach(id -> OpenedCycles.end(context.getBean(RuntimeService.class),
                context.getBean(ReturnRepository.class), id));
    }

    /** The next quarter's cycle opened: Housing's return of it, issued. */
    public ServiceReturn open(int quarter) {
        return open(quarter, cycles);
    }

    /** The figure marked provisional on the return's form, by its data officer. */
    public void markProvisional(ServiceReturn r, String code) {
        context.getBean(ReturnEditing.class).saveProvisional(r.id(), measureId(code), true, "data.housing");
    }

    private ServiceReturn open(int quarter, List<Long> opened) {
        Instant now = Instant.now();
        Cycle cycle = context.getBean(CycleService.class).open(year, quarter, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), ChasePolicy.DEFAULT, "perf");
        opened.add(cycle.id());
        ReturnRepository returns = context.getBean(ReturnRepository.class);
        Await.until("both returns issued", ReturnScenario.WAIT, () -> returns.forCycle(cycle.id()).size() == 2);
        ServiceReturn r = returns.forCycle(cycle.id()).stream().filter(x -> x.serviceName().equals("Housing"))
                .findFirst().orElseThrow();
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_COMPLETE_RETURN);
        return r;
    }

    /** The quarter's figures (HF-1 85, HF-2 55 after Q1) and HKA-1 on track; submitted by the data officer. */
    public void completeAndSubmit(ServiceReturn r, int quarter) {
        if (quarter > 1) {
            enter("HF-1", quarter, "85");
            enter("HF-2", quarter, "55");
        }
        KeyActionRepository actions = context.getBean(KeyActionRepository.class);
        actions.saveStatus(actions.find(yearId(), "HKA-1").orElseThrow().id(), quarter, Rag.GREEN, "On track",
                "feed");
        context.getBean(ReturnWorkflow.class).submit(r.id(), "data.housing");
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_SIGN_OFF);
    }

    /** The return completed, submitted, signed off by its director and accepted by the performance team. */
    public void accept(ServiceReturn r, int quarter) {
        completeAndSubmit(r, quarter);
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.signOff(r.id(), "dir.housing");
        AcceptedReturn.awaitStep(context, r.id(), ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(r.id(), "perf");
    }

    /** The Q1 return reopened by the performance team, the figure corrected there, and accepted again. */
    public void correctFirstQuarter(String code, String value) {
        reopenFirstQuarter(code + " corrected");
        enter(code, 1, value);
        accept(q1, 1);
    }

    /** The Q1 return reopened by the performance team, for correction: back with the service. */
    public void reopenFirstQuarter(String reason) {
        context.getBean(ReturnWorkflow.class).reopen(q1.id(), context.getBean(ReturnRepository.class).find(q1.id())
                .orElseThrow().version(), "perf", reason);
        AcceptedReturn.awaitStep(context, q1.id(), ReturnProcess.TASK_COMPLETE_RETURN);
    }

    /** A figure fed from outside the form. */
    public void enter(String code, int quarter, String value) {
        context.getBean(ValueRepository.class).saveFigure(measureId(code), quarter, new BigDecimal(value), null, null,
                null, "feed");
    }

    /**
     * A figure fed with the reasons and actions a measure at Amber or worse needs before its return goes in, and the
     * explanation a big change since last quarter needs.
     */
    public void enterExplained(String code, int quarter, String value) {
        ValueRepository values = context.getBean(ValueRepository.class);
        long id = measureId(code);
        values.saveEntry(id, quarter, values.find(id, quarter).map(QuarterValue::version).orElse(null),
                new MeasureEntry(new BigDecimal(value), "Fewer homes became vacant", "Void repairs sped up",
                        "New homes completed", null, null), "feed");
    }

    public long measureId(String code) {
        return context.getBean(MeasureRepository.class).find(yearId(), code).orElseThrow().id();
    }

    private long yearId() {
        return context.getBean(YearRepository.class).find(year).orElseThrow().id();
    }
}
