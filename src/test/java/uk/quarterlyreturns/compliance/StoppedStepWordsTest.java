package uk.quarterlyreturns.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.returns.ReturnProcess;

class StoppedStepWordsTest {

    @Test
    void eachStepIsNamedInThePerformanceTeamsWords() {
        assertThat(StoppedStepWords.of(CycleProcess.TASK_ISSUE_RETURNS, null)).isEqualTo("Issuing the returns");
        assertThat(StoppedStepWords.of(CycleProcess.TASK_COMPILE_REPORT, null)).isEqualTo("Compiling the report");
        assertThat(StoppedStepWords.of(CycleProcess.TASK_PUBLISH_REPORT, null)).isEqualTo("Publishing the report");
        assertThat(StoppedStepWords.of(ReturnProcess.TASK_NOTIFY_SERVICE, "Housing")).isEqualTo("The notice to Housing");
        assertThat(StoppedStepWords.of(ReturnProcess.TASK_SEND_CHASE, "Housing"))
                .isEqualTo("A reminder or escalation to Housing");
        assertThat(StoppedStepWords.of("somethingNew", null)).isEqualTo("A step of the cycle (somethingNew)");
        assertThat(StoppedStepWords.of("somethingNew", "Housing")).isEqualTo("A step of Housing's return (somethingNew)");
    }

    @Test
    void theFailureSaidIsTheDeepestCauseWithoutItsClassName() {
        String trace = """
                org.camunda.bpm.engine.ProcessEngineException: An exception occurred in the persistence layer.
                \tat org.camunda.bpm.engine.impl.Something.run(Something.java:1)
                Caused by: org.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; bad SQL
                \tat org.springframework.Other.run(Other.java:2)
                Caused by: org.postgresql.util.PSQLException: ERROR: the report store is full
                  Where: PL/pgSQL function refuse() line 1 at RAISE
                \t... 40 more
                """;
        assertThat(StoppedStepWords.failure("An exception occurred in the persistence layer.", trace))
                .isEqualTo("ERROR: the report store is full");
        assertThat(StoppedStepWords.failure("the mail store is down", "java.lang.IllegalStateException: the mail"
                + " store is down\n\tat a.B.c(B.java:1)\n")).as("no cause: the engine's message")
                .isEqualTo("the mail store is down");
        assertThat(StoppedStepWords.failure(null, null)).isEqualTo("no reason was given");
        assertThat(StoppedStepWords.failure("x".repeat(400), null)).hasSize(StoppedStepWords.FAILURE_LENGTH)
                .endsWith("…");
    }
}
