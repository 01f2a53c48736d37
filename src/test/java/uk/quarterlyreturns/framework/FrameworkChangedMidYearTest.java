package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.chasing.Chasing;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.ReturnScenario;

/** A framework file imported again during the year, after figures are in, changes what it may without losing them. */
class FrameworkChangedMidYearTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,due_quarter\n";
    private static final String ACTIONS = "code,title,directorate,service,theme\n";
    /** AcceptedReturn's two measures: RH-1 with these title,theme and target,floor,tolerance_pct; RH-2's target. */
    private static final String HOUSING_AND_HIGHWAYS = HEADER + "RH-1,%s,Economy and Infrastructure,Housing,%s,PERCENT,"
            + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,%s,TOLERANCE,\nRH-2,Potholes awaiting repair,Economy and Infrastructure,"
            + "Highways and Streetscene,Ambitious,COUNT,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,%s,,10,TOLERANCE,\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired ApplicationContext context;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnRepository returns;
    @Autowired ReturnTrail trail;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired Chasing chasing;
    @Autowired PeopleService people;
    @Autowired ComplianceService compliance;
    @Autowired ReturnWorkflow workflow;
    @Autowired CycleRepository cycleRecords;
    @Autowired Organisation organisation;

    @Test
    void aQuarterWithFiguresIsNotMadeNotDue() {
        String year = "2984-85";
        imports.importMeasures(year, framework("QUARTERLY,", "QUARTERLY,", "ANNUAL,2"));
        long yearId = years.find(year).orElseThrow().id();
        save(yearId, "MY-1", 1);
        save(yearId, "MY-3", 2);

        ImportRejectedException refused = null;
        try {
            imports.importMeasures(year, framework("ANNUAL,", "ANNUAL,", "ANNUAL,4"));
        } catch (ImportRejectedException e) {
            refused = e;
        }
        assertThat(refused).as("a file hiding recorded figures is refused").isNotNull();
        assertThat(refused.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(2, "frequency"),
                        tuple(4, "due_quarter"));
        assertThat(refused.errors().get(0).message()).contains("MY-1 already has figures for Q1 of 2984/85");
        assertThat(refused.errors().get(1).message()).contains("Q2").contains("reported in Q4");
        assertThat(measures.find(yearId, "MY-2").orElseThrow().definition().frequency())
                .as("all or nothing").isEqualTo(Frequency.QUARTERLY);

        imports.importMeasures(year, framework("ANNUAL,1", "ANNUAL,", "ANNUAL,2"));
        assertThat(measures.find(yearId, "MY-1").orElseThrow().definition().dueQuarter())
                .as("its figure's quarter stays due").isEqualTo(1);
    }

    /** Housing's Q2 return is accepted with RH-1's figure: RH-1 may not move to Highways while it is. */
    @Test
    void aMeasureWithSignedOffFiguresDoesNotMoveToAnotherService() {
        String year = "2987-88";
        AcceptedReturn.housing(context, year);
        long yearId = years.find(year).orElseThrow().id();
        long housing = measures.find(yearId, "RH-1").orElseThrow().serviceId();
        String moved = HEADER.replace(",due_quarter", "")
                + "RH-1,Repairs on time,Economy and Infrastructure,Highways and Streetscene,Ambitious,PERCENT,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n";

        refusedOnRowTwo("service", () -> imports.importMeasures(year, TabularFile.read(
                moved.getBytes(StandardCharsets.UTF_8), "f.csv")), "RH-1's figures for Q2 are in Housing's return");
        assertThat(measures.find(yearId, "RH-1").orElseThrow().serviceId()).isEqualTo(housing);
    }

    /**
     * As a measure: Housing's Q2 return is accepted with RA-1's status, so a key actions file may not move RA-1 to
     * Highways. It moved, taking the status out of what Housing's director signed off into a return nobody signed.
     */
    @Test
    void aKeyActionWithASignedOffStatusDoesNotMoveToAnotherService() {
        String year = "3048-49";
        String header = "code,title,directorate,service,theme\n";
        AcceptedReturn.housing(context, year, () -> {
            imports.importKeyActions(year, TabularFile.read((header + "RA-1,Repairs plan,Economy and Infrastructure,"
                    + "Housing,Ambitious\nRA-2,Gully cleaning,Economy and Infrastructure,Highways and Streetscene,"
                    + "Ambitious\n")
                    .getBytes(StandardCharsets.UTF_8), "a.csv"));
            KeyAction added = actions.find(years.find(year).orElseThrow().id(), "RA-1").orElseThrow();
            actions.saveStatus(added.id(), 2, Rag.GREEN, "On track", "data.housing");
        });
        long yearId = years.find(year).orElseThrow().id();
        KeyAction plan = actions.find(yearId, "RA-1").orElseThrow();

        refusedOnRowTwo("service", () -> imports.importKeyActions(year, TabularFile.read((header + "ra-1,Repairs plan,"
                + "Economy and Infrastructure,Highways and Streetscene,Ambitious\nRA-2,Gully and drain cleaning,"
                + "Economy and Infrastructure,Highways and Streetscene,Ambitious\n").getBytes(StandardCharsets.UTF_8),
                "a.csv")),
                "RA-1's status for Q2 is in Housing's return");
        assertThat(actions.find(yearId, "RA-1").orElseThrow().serviceId()).isEqualTo(plan.serviceId());
        assertThat(actions.find(yearId, "RA-2").orElseThrow().definition().title()).as("all or nothing")
                .isEqualTo("Gully cleaning");
    }

    /**
     * Mid-cycle, a restructure moves every measure and key action of one service to another: its return is owed no
     * more. It was still chased, counted missing and reported Missing. A service given its first measure gets a
     * return, and the withdrawn one comes back when something is due from its service again.
     */
    @Test
    void aReturnWhoseItemsAllMovedAwayIsNoLongerOwed() {
        String year = "3600-01";
        String from = "Restructured Away 3600";
        String to = "Restructured Into 3600";
        String gains = "Newly Measured 3600";
        imports.importMeasures(year, csv(HEADER.replace(",due_quarter", "") + moving("MV-1", from)
                + moving("MV-2", to)));
        imports.importKeyActions(year, csv(ACTIONS + "MA-1,Depot move,Economy and Infrastructure," + from
                + ",Ambitious\n"));
        directs("dir.away.3600", from);
        directs("dir.into.3600", to);
        long cycle = OpenedCycles.openSecondQuarter(context, year, 2);
        ServiceReturn away = returnOf(cycle, from);

        imports.importMeasures(year, csv(HEADER.replace(",due_quarter", "") + moving("MV-1", to)
                + moving("MV-2", to) + moving("MV-3", gains)));
        assertThat(returns.find(away.id()).orElseThrow().status()).as("its key action is still due")
                .isEqualTo(ReturnStatus.NOT_STARTED);
        assertThat(returnOf(cycle, gains).status()).as("a service's first measure brings its return")
                .isEqualTo(ReturnStatus.NOT_STARTED);
        asPerformanceTeam(() -> imports.importKeyActions(year, csv(ACTIONS + "MA-1,Depot move,"
                + "Economy and Infrastructure," + to + ",Ambitious\n")));

        assertThat(returns.find(away.id()).orElseThrow().status()).isEqualTo(ReturnStatus.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ReturnProcess.businessKey(
                away.id())).count()).as("its process, chasing and all, ended").isZero();
        assertThat(trail.history(away.id())).filteredOn(e -> "WITHDRAWN".equals(e.newValue())).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("perf");
                    assertThat(e.comment()).startsWith("Nothing due this quarter");
                });
        assertThatThrownBy(() -> chasing.chaseByHand(away.id(), people.find("perf").orElseThrow(), null))
                .hasMessage(from + " has nothing due this quarter now, so it was not chased");
        assertThatThrownBy(() -> workflow.submit(away.id(), "dir.away.3600")).as("from a page left open")
                .hasMessage(from + " has nothing due this quarter, so this cannot be done now");
        CycleCompliance figures = compliance.forCycle(cycle);
        assertThat(figures.returns()).extracting(ReturnCompliance::service).containsExactlyInAnyOrder(to, gains);
        assertThat(figures.due()).isEqualTo(2);
        assertThat(figures.missing()).isEqualTo(2);
        assertThat(figures.nothingDue()).containsExactly(from);
        assertThat(new Api(url(""), "perf", "demo").get("/api/years/" + year + "/quarters/2/compliance").getBody())
                .as("the API as the screen").contains("\"due\":2,").contains("\"nothingDue\":[\"" + from + "\"]");

        imports.importKeyActions(year, csv(ACTIONS + "MA-1,Depot move,Economy and Infrastructure," + from
                + ",Ambitious\n"));
        assertThat(returns.find(away.id()).orElseThrow().status()).as("due again").isEqualTo(ReturnStatus.NOT_STARTED);
        String again = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ReturnProcess.businessKey(
                away.id())).active().singleResult().getId();
        assertThat(tasks.createTaskQuery().processInstanceId(again)
                .taskDefinitionKey(ReturnProcess.TASK_COMPLETE_RETURN).count()).as("its task at once").isEqualTo(1);
        Await.until("its notice sent afresh", java.time.Duration.ofSeconds(60), () -> history
                .createHistoricActivityInstanceQuery().processInstanceId(again)
                .activityId(ReturnProcess.END_SERVICE_NOTIFIED).finished().count() == 1);
    }

    /**
     * The same round trip of a return that was in: Housing's, submitted, then sent back by its director. Withdrawn and
     * due again, it kept its first submission, so it counted as in on time, could not be chased and got no issue
     * notice. Issued again, it is owed as a new return, and its history keeps what happened to it before.
     */
    @Test
    void aReturnSentBackThenWithdrawnIsOwedAfreshWhenDueAgain() {
        String year = ReportingYear.labelOf(6051);
        List<ServiceReturn> issued = AcceptedReturn.issued(context, year);
        ServiceReturn housing = issued.stream().filter(r -> r.serviceName().equals("Housing")).findFirst()
                .orElseThrow();
        long cycle = housing.cycleId();
        try {
            AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);
            // its first issue notice gone before it is submitted: the notice when it is due again is another
            Await.until("its first issue notice sent", ReturnScenario.WAIT, () -> issueNotices(housing.id()) > 0);
            context.getBean(FigureImport.class).importValues(year, 2, AcceptedReturn.csv("code,value\nRH-1,85\n"),
                    "perf");
            workflow.submit(housing.id(), "data.housing");
            AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_SIGN_OFF);
            workflow.sendBackToService(housing.id(), "dir.housing", "RH-1 looks high: check the count");
            AcceptedReturn.awaitStep(context, housing.id(), ReturnProcess.TASK_COMPLETE_RETURN);

            imports.importMeasures(year, csv(String.format(HOUSING_AND_HIGHWAYS, "Repairs on time", "Ambitious",
                    "80,,10", "100").replace(",Housing,", ",Highways and Streetscene,")));
            assertThat(returns.find(housing.id()).orElseThrow().status()).isEqualTo(ReturnStatus.WITHDRAWN);
            long noticesBefore = issueNotices(housing.id());
            imports.importMeasures(year, csv(String.format(HOUSING_AND_HIGHWAYS, "Repairs on time", "Ambitious",
                    "80,,10", "100")));

            ServiceReturn again = returns.find(housing.id()).orElseThrow();
            assertThat(again.status()).as("due again").isEqualTo(ReturnStatus.NOT_STARTED);
            assertThat(again.isIn()).as("owed as a new return").isFalse();
            assertThat(again.sentBackComment()).as("no longer sent back").isNull();
            ReturnCompliance row = compliance.forCycle(cycle).returns().stream()
                    .filter(r -> r.returnId() == housing.id()).findFirst().orElseThrow();
            assertThat(row.isIn()).isFalse();
            assertThat(row.onTime()).as("not counted in on time").isFalse();
            assertThat(row.chaseable()).isTrue();
            assertThat(row.reported()).as("the report prints nothing nobody submitted").isFalse();
            assertThat(trail.history(housing.id())).as("its history keeps what happened")
                    .anyMatch(e -> "SUBMITTED".equals(e.newValue()))
                    .anyMatch(e -> "SENT_BACK".equals(e.newValue()));
            Await.until("its issue notice sent afresh", ReturnScenario.WAIT,
                    () -> issueNotices(housing.id()) > noticesBefore);
            assertThat(chasing.chaseByHand(housing.id(), people.find("perf").orElseThrow(), null))
                    .as("a chase by hand goes").isPositive();
        } finally {
            OpenedCycles.end(runtime, returns, cycle);
        }
    }

    private long issueNotices(long returnId) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql(
                "select count(*) from outbox_message where return_id = :r and kind = 'RETURN_ISSUED'")
                .param("r", returnId).query(Long.class).single();
    }

    /**
     * Mid-cycle, a service with nobody to sign off gains its first measure: opening the cycle refuses such a service,
     * yet its return was issued. Now a service that exists is refused (file, API, key actions file) until its
     * director is named; one the file brings in could not have had a director named before, so its return is issued
     * and the import says whom to name.
     */
    @Test
    void aReturnIsNotIssuedMidCycleToAServiceWithNobodyToSignItOff() {
        String year = "3741-42";
        String lacking = "Directorless 3741";
        String header = HEADER.replace(",due_quarter", "");
        imports.importMeasures("3742-43", csv(header + moving("ND-9", lacking))); // known, in another year
        imports.importMeasures(year, csv(header + moving("ND-1", "Directed 3741")));
        directs("dir.directed.3741", "Directed 3741");
        long cycle = OpenedCycles.openSecondQuarter(context, year, 1);
        String gains = header + moving("ND-1", "Directed 3741") + moving("ND-2", lacking);
        String refusal = lacking + " has no service director, so nobody could sign off the Q2 return this change"
                + " would issue it now, in the cycle already open. Name its director (or a deputy) first";

        assertThatThrownBy(() -> imports.importMeasures(year, csv(gains)))
                .isInstanceOfSatisfying(ImportRejectedException.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(e -> {
                            assertThat(e.row()).isEqualTo(3);
                            assertThat(e.column()).isEqualTo("service");
                            assertThat(e.message()).startsWith(refusal);
                        }));
        assertThat(new Api(url(""), "perf", "demo").putCsv("/api/years/" + year + "/framework", gains))
                .satisfies(answer -> assertThat(answer.getStatusCode().value()).isEqualTo(400))
                .satisfies(answer -> assertThat(answer.getBody()).contains(refusal));
        refusedOnRowTwo("service", () -> imports.importKeyActions(year, csv(ACTIONS + "NA-1,Depot move,"
                + "Economy and Infrastructure," + lacking + ",Ambitious\n")), refusal);
        assertThat(measures.find(years.find(year).orElseThrow().id(), "ND-2")).as("nothing changed").isEmpty();
        assertThat(returns.forCycle(cycle)).hasSize(1);

        directs("dir.lacking.3741", lacking);
        imports.importMeasures(year, csv(gains));
        assertThat(returnOf(cycle, lacking).status()).isEqualTo(ReturnStatus.NOT_STARTED);
        assertThat(imports.importMeasures(year, csv(gains + moving("ND-3", "Brand New 3741"))).notes())
                .contains("New in 3741/42 with no service director yet: Brand New 3741. Any return the quarter being"
                        + " collected issues them waits for someone to sign it off: name each one's director (or a"
                        + " deputy) under Users, who then gets its issue notice.");
        assertThat(returnOf(cycle, "Brand New 3741").status()).isEqualTo(ReturnStatus.NOT_STARTED);
        OpenedCycles.end(runtime, returns, cycle);
    }

    /** Housing's return is accepted; Highways' only measure is removed: the cycle waits for nothing more. */
    @Test
    void theReportCompilesOnceTheLastReturnOwedIsWithdrawn() {
        String year = "3605-06";
        AcceptedReturn.housing(context, year);
        long yearId = years.find(year).orElseThrow().id();
        context.getBean(FrameworkRemoval.class).removeMeasure(years.find(year).orElseThrow(), "RH-2", "perf");

        Await.until("the report compiled", ReturnScenario.WAIT, () -> cycleRecords.find(yearId, 2).orElseThrow()
                .status() != CycleStatus.OPEN);
    }

    /**
     * Housing's Q2 return is accepted; Highways' RH-2 (its figure in Highways' return, not yet submitted) and RA-9
     * moved into it, where they stood after its director had signed it off, RA-9 with no status. Refused until the
     * return is reopened; then RH-2 goes, its figure with it.
     */
    @Test
    void aMeasureDoesNotMoveIntoAReturnAlreadySubmitted() {
        String year = "3743-44";
        ServiceReturn housing = AcceptedReturn.housing(context, year);
        long yearId = years.find(year).orElseThrow().id();
        context.getBean(FigureImport.class).importValues(year, 2, csv("code,value\nRH-2,120\n"), "perf");
        imports.importKeyActions(year, csv(ACTIONS + "RA-9,Gully cleaning,Economy and Infrastructure,Highways and"
                + " Streetscene,Ambitious\n"));
        String moved = HEADER + "RH-2,Potholes awaiting repair,Economy and Infrastructure,Housing,Ambitious,COUNT,"
                + "LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE,\n";

        refusedOnRowTwo("service", () -> imports.importMeasures(year, csv(moved)), "Moving RH-2 to Housing would add"
                + " it to Housing's Q2 return, already submitted: it would change what was signed off. Have the return"
                + " sent back first (or reopened, once accepted), or make the move once the Q2 report is published");
        refusedOnRowTwo("service", () -> imports.importKeyActions(year, csv(ACTIONS + "RA-9,Gully cleaning,"
                + "Economy and Infrastructure,Housing,Ambitious\n")), "Moving RA-9 to Housing would add it to"
                + " Housing's Q2 return, already submitted");
        assertThat(measures.find(yearId, "RH-2").orElseThrow().definition().service())
                .isEqualTo("Highways and Streetscene");

        workflow.reopen(housing.id(), "perf", "RH-2 is reported by Housing from this quarter");
        imports.importMeasures(year, csv(moved));
        Measure potholes = measures.find(yearId, "RH-2").orElseThrow();
        assertThat(potholes.serviceId()).isEqualTo(housing.serviceId());
        assertThat(values.find(potholes.id(), 2).orElseThrow().value()).as("its figure moved with it")
                .isEqualByComparingTo("120");
        OpenedCycles.end(runtime, returns, housing.cycleId());
    }

    /**
     * A brand-new measure or key action is no more welcome in a return already signed off than a moved one: it would
     * join it with no figure, Missing under a return the performance team accepted. An annual measure due in another
     * quarter joins no return now, and is added. Year 3841.
     */
    @Test
    void aNewItemIsNotAddedToAReturnAlreadySubmittedUnlessNotDueThisQuarter() {
        String year = "3841-42";
        ServiceReturn housing = AcceptedReturn.housing(context, year);
        long yearId = years.find(year).orElseThrow().id();
        String added = HEADER + "RH-9,Empty homes brought back into use,Economy and Infrastructure,Housing,Ambitious,"
                + "COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,10,TOLERANCE,\n";
        String refusal = "Adding RH-9 to Housing would add it to Housing's Q2 return, already submitted: it would be"
                + " reported Missing there, unseen by who signed it off. Have the return sent back first (or reopened,"
                + " once accepted), or add it once the Q2 report is published";

        refusedOnRowTwo("service", () -> imports.importMeasures(year, csv(added)), refusal);
        assertThat(new Api(url(""), "perf", "demo").putCsv("/api/years/" + year + "/framework", added))
                .satisfies(answer -> assertThat(answer.getStatusCode().value()).isEqualTo(400))
                .satisfies(answer -> assertThat(answer.getBody()).contains(refusal));
        refusedOnRowTwo("service", () -> imports.addMeasures(year, csv(added),
                FrameworkEdit.signedIn(FrameworkWay.FORM)), refusal);
        refusedOnRowTwo("service", () -> imports.importKeyActions(year, csv(ACTIONS + "RA-9,Gully cleaning,"
                + "Economy and Infrastructure,Housing,Ambitious\n")), "Adding RA-9 to Housing would add it to"
                + " Housing's Q2 return, already submitted");
        assertThat(measures.find(yearId, "RH-9")).as("nothing added").isEmpty();
        assertThat(actions.find(yearId, "RA-9")).isEmpty();

        imports.importMeasures(year, csv(HEADER + "RH-10,Homes built,Economy and Infrastructure,Housing,Ambitious,"
                + "COUNT,HIGHER_IS_BETTER,ANNUAL,SNAPSHOT,300,,10,TOLERANCE,4\n"));
        assertThat(measures.find(yearId, "RH-10")).as("due in Q4, not in the Q2 return").isPresent();
        imports.importKeyActions(year, csv(ACTIONS + "RA-10,Depot move,Economy and Infrastructure,"
                + "Highways and Streetscene,Ambitious\n"));
        assertThat(actions.find(yearId, "RA-10")).as("Highways' return is still with the service").isPresent();
        OpenedCycles.end(runtime, returns, housing.cycleId());
    }

    private ServiceReturn returnOf(long cycle, String service) {
        return returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(service)).findFirst()
                .orElseThrow();
    }

    private void directs(String username, String service) {
        Organisation.ServiceUnit unit = organisation.findService(service).orElseThrow();
        people.create(new Person(username, username, null, EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
    }

    private static void asPerformanceTeam(Runnable change) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("perf", null, List.of()));
        try {
            change.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String moving(String code, String service) {
        return code + ",Measure " + code + ",Economy and Infrastructure," + service + ",Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n";
    }

    /**
     * Housing's Q2 return is accepted with RH-1 at 85 against 80 (Green, no reasons needed) and the Q2 report is not
     * yet published: RH-1's target and tolerance may not change under what its director signed off. Its words may,
     * and so may the rule of Highways' RH-2, whose figure is in a return not yet submitted.
     */
    @Test
    void aSignedOffMeasuresRatingRuleDoesNotChangeBeforeItsReportIsPublished() {
        String year = "3700-01";
        AcceptedReturn.housing(context, year);
        long yearId = years.find(year).orElseThrow().id();
        context.getBean(FigureImport.class).importValues(year, 2, csv("code,value\nRH-2,120\n"), "perf");

        refusedOnRowTwo("target", () -> imports.importMeasures(year, csv(HOUSING_AND_HIGHWAYS.formatted(
                "Repairs on time", "Ambitious", "90,,5", "150"))), "RH-1's figures for Q2 are in Housing's return,"
                + " already submitted: changing its target and tolerance_pct would change the RAGs that were signed"
                + " off. Have the return sent back first (or reopened, once accepted), or make the change once the Q2"
                + " report is published");
        assertThat(measures.find(yearId, "RH-1").orElseThrow().definition().target().value())
                .isEqualByComparingTo("80");
        assertThat(measures.find(yearId, "RH-2").orElseThrow().definition().target().value()).as("all or nothing")
                .isEqualByComparingTo("100");

        imports.importMeasures(year, csv(HOUSING_AND_HIGHWAYS.formatted("Repairs completed on time", "Resilient",
                "80.0,,10", "150")));
        assertThat(measures.find(yearId, "RH-1").orElseThrow().title()).isEqualTo("Repairs completed on time");
        assertThat(measures.find(yearId, "RH-2").orElseThrow().definition().target().value())
                .isEqualByComparingTo("150");
    }

    private void save(long yearId, String code, int quarter) {
        values.saveFigure(measures.find(yearId, code).orElseThrow().id(), quarter, BigDecimal.TEN, null, null, null,
                "feed");
    }

    /** MY-1, MY-2, MY-3 with these frequency,due_quarter cells. */
    private static TabularFile framework(String... frequencies) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < frequencies.length; i++) {
            csv.append("MY-").append(i + 1).append(",Measure ").append(i + 1)
                    .append(",Economy and Infrastructure,Housing,Ambitious,count,HIGHER_IS_BETTER,")
                    .append(frequencies[i].replace(",", ",SNAPSHOT,20,,,NONE,")).append('\n');
        }
        return TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    /** The file is refused on row 2's column, in these words (nothing changes: the callers check). */
    private static void refusedOnRowTwo(String column, Runnable importing, String words) {
        assertThatThrownBy(importing::run).as("the change is refused")
                .isInstanceOfSatisfying(ImportRejectedException.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(e -> {
                            assertThat(e.row()).isEqualTo(2);
                            assertThat(e.column()).isEqualTo(column);
                            assertThat(e.message()).contains(words);
                        }));
    }
}
