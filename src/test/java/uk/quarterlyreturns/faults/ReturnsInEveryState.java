package uk.quarterlyreturns.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.ReturnEditing;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.Await;

/**
 * A cycle part-way through, through the real workflow: of every six returns, in turn, one not started, one a
 * draft (a figure and its narrative), one submitted, one signed off, one accepted and one sent back; then
 * everything the steps set off (notices, the next tasks) has finished. Only the not started and draft returns
 * are still chased.
 */
final class ReturnsInEveryState {

    static final int STATES = 6;

    private ReturnsInEveryState() {
    }

    static ReminderRound prepare(ApplicationContext app, String spec) {
        ReminderRound round = ReminderRound.prepare(app, spec + ":directors");
        ReturnRepository returns = app.getBean(ReturnRepository.class);
        ReturnWorkflow workflow = app.getBean(ReturnWorkflow.class);
        ReturnEditing editing = app.getBean(ReturnEditing.class);
        long yearId = app.getBean(YearRepository.class).find(round.year()).orElseThrow().id();
        MeasureRepository measures = app.getBean(MeasureRepository.class);
        List<ServiceReturn> all = returns.forCycle(round.cycleId()).stream()
                .sorted(java.util.Comparator.comparing(ServiceReturn::id)).toList();
        for (int i = 0; i < all.size(); i++) {
            ServiceReturn r = all.get(i);
            int n = i % STATES;
            if (n == 0) {
                continue; // not started
            }
            int service = Integer.parseInt(r.serviceName().substring(r.serviceName().lastIndexOf(' ') + 1));
            String officer = round.tag() + ".officer." + service;
            String director = round.tag() + ".director." + service;
            awaitTask(app, r.id(), "completeReturn");
            Measure measure = measures.forService(yearId, r.serviceId()).get(0);
            editing.saveMeasure(r.id(), measure.id(), null, new MeasureEntry(new BigDecimal(40 + i),
                    "Demand rose in quarter " + i + " while two posts were vacant.",
                    "Recruit to both posts and review the figures monthly (" + i + ").", null, null, null), officer);
            if (n == 1) {
                continue; // draft
            }
            workflow.submit(r.id(), officer);
            if (n == 2) {
                continue; // submitted
            }
            awaitTask(app, r.id(), "signOffReturn");
            workflow.signOff(r.id(), director);
            if (n == 3) {
                continue; // signed off
            }
            awaitTask(app, r.id(), "checkReturn");
            if (n == 4) {
                workflow.accept(r.id(), "perf");
            } else {
                workflow.sendBackByPerformanceTeam(r.id(), "perf", "Please check the figure for return " + i);
            }
        }
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        ManagementService management = app.getBean(ManagementService.class);
        Await.until("every step settled", Duration.ofMinutes(2), () ->
                management.createJobQuery().executable().count() == 0
                && jdbc.sql("select count(*) from outbox_message where status = 'PENDING'").query(Long.class)
                        .single() == 0);
        return round;
    }

    private static void awaitTask(ApplicationContext app, long returnId, String key) {
        org.camunda.bpm.engine.TaskService tasks = app.getBean(org.camunda.bpm.engine.TaskService.class);
        Await.until("task " + key + " of return " + returnId, Duration.ofSeconds(60), () -> tasks.createTaskQuery()
                .processVariableValueEquals("returnId", returnId).taskDefinitionKey(key).active().count() == 1);
    }
}
