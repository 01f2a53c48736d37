package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.Application;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.InAJvmOfItsOwn;

/**
 * Start-up paths other than the default: an external PostgreSQL, and the prod profile's refusals. The demo's
 * first start is checked by DemoRestartTest, which starts it as a process of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
@InAJvmOfItsOwn
class StartupConfigurationTest {

    /** A log line at WARN or ERROR, in Spring Boot's console format. */
    private static final Pattern LOUD = Pattern.compile("^\\S+\\s+(WARN|ERROR) \\d+ ---");

    @TempDir
    Path temp;

    @Test
    void usesAnExternalPostgresAndStartsNothingEmbedded() {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(temp.resolve("external"), 0);
             ConfigurableApplicationContext app = application(external, "default")) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            JdbcClient jdbc = JdbcClient.create(external.postgresDatabase());
            assertThat(jdbc.sql("select count(*) from app_user where username = 'admin'").query(Long.class).single())
                    .isEqualTo(1);

            // With no SMTP configured, mail is still recorded, marked as not delivered.
            long id = app.getBean(MailOutbox.class).send(new MailMessage("test:no-smtp", "NOTICE",
                    "someone@example.test", "Hello", "Body", null, null, null));
            Await.until("the outbox marks the message", Duration.ofSeconds(30), () ->
                    app.getBean(MailOutbox.class).find(id).orElseThrow().status() != OutboxEntry.Status.PENDING);
            assertThat(app.getBean(MailOutbox.class).find(id).orElseThrow())
                    .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.NOT_SENT))
                    .satisfies(e -> assertThat(e.lastError()).contains("No SMTP server is configured"));
        }
    }

    @Test
    void prodRefusesTheEmbeddedDatabaseWithoutAnExplicitOptIn() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .run("--server.port=0", "--quarterly.database.temporary=true", "--quarterly.database.port=0",
                        "--quarterly.organisation=Test Council", "--quarterly.base-url=https://returns.test.example",
                        "--camunda.bpm.process-engine-name=startup" + System.nanoTime()).close())
                .rootCause()
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("QUARTERLY_DB_EMBEDDED_IN_PROD");
    }

    /** A database holding the demo users (password "demo") is refused in one line saying what to do, no stack trace. */
    @Test
    void prodRefusesADatabaseHoldingDemoUsers(CapturedOutput output) {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(temp.resolve("demo-data"), 0)) {
            Flyway.configure().dataSource(external.postgresDatabase()).locations("classpath:db/migration")
                    .table("app_schema_history").load().migrate();
            JdbcClient.create(external.postgresDatabase()).sql("""
                    insert into app_user (username, display_name, password_hash, demo) values ('ceo', 'CEO', 'x', true)
                    """).update();
            assertThatThrownBy(() -> application(external, "prod").close())
                    .rootCause()
                    .hasMessageContaining("demo users");
        }
        refusedInOneLine(output, "The prod profile refuses to start: this database holds the demo users, whose"
                + " password is 'demo'. Use a fresh database for production, or delete the users marked demo (select"
                + " username from app_user where demo) before starting again.");
        assertThat(output.getOut()).contains("Action:\n\n" + DatabaseFailures.ACTION);
    }

    /**
     * Following the install steps without the first-administrator settings would leave a server nobody can administer:
     * its first start stops with one line naming them, and no stack trace.
     */
    @Test
    void prodRefusesAFreshDatabaseWithoutItsFirstAdministrator(CapturedOutput output) {
        try (EmbeddedDatabase fresh = EmbeddedDatabase.start(temp.resolve("no-admin"), 0)) {
            assertThatThrownBy(() -> application(fresh, "prod").close());
        }
        refusedInOneLine(output, "Nobody can administer Quarterly Returns: the database holds no enabled"
                + " administrator. Set QUARTERLY_FIRST_ADMIN_USERNAME, QUARTERLY_FIRST_ADMIN_EMAIL and"
                + " QUARTERLY_FIRST_ADMIN_PASSWORD to create the first one at this start");
    }

    /**
     * A council's first start, with its first administrator from the settings, then its first day (FirstDay). The
     * start logs no warning or error but the one asking to remove those settings: a server's log stays quiet until
     * something needs its operator.
     */
    @Test
    void prodStartsOnAFreshDatabaseWithCamundaSchemaCreatedButNeverUpdated(CapturedOutput output) throws Exception {
        try (EmbeddedDatabase fresh = EmbeddedDatabase.start(temp.resolve("fresh-prod"), 0);
                ConfigurableApplicationContext app = application(fresh, "prod",
                        "quarterly.first-admin.username=" + FirstDay.ADMIN,
                        "quarterly.first-admin.email=it@council.example",
                        "quarterly.first-admin.password=" + FirstDay.ADMIN_PASSWORD)) {
            assertThat(output.getOut().lines().filter(line -> LOUD.matcher(line).find()))
                    .as("warnings and errors logged by the start").singleElement().asString()
                    .contains("First administrator " + FirstDay.ADMIN + " created: remove the QUARTERLY_FIRST_ADMIN_*");
            assertThat(app.getEnvironment().getProperty("camunda.bpm.database.schema-update")).isEqualTo("false");
            assertThat(app.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
                    .processDefinitionKey(uk.quarterlyreturns.returns.ReturnProcess.PROCESS_ID).count()).isEqualTo(1);
            FirstDay.walk(app);
            historyIsRemovedOnceItsTimeToLiveHasPassed(app);
        }
    }

    /**
     * A server has the night's cleanup window (QUARTERLY_HISTORY_CLEANUP_WINDOW, 01:00-05:00 under prod): the engine
     * schedules its cleanup in it, and removes the history of a mail delivery that ended more than its 180 days ago,
     * while a later delivery's and the running returns' stay.
     */
    private static void historyIsRemovedOnceItsTimeToLiveHasPassed(ConfigurableApplicationContext app) {
        HistoryService history = app.getBean(HistoryService.class);
        Instant now = Instant.now();
        assertThat(history.findHistoryCleanupJobs()).as("the engine's cleanup jobs").isNotEmpty().allSatisfy(job -> {
            assertThat(LocalTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault()))
                    .isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
            assertThat(job.getDuedate().toInstant()).isBefore(now.plus(Duration.ofDays(1)));
        });
        long returns = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(uk.quarterlyreturns.returns.ReturnProcess.PROCESS_ID).count();
        assertThat(returns).as("the first cycle's returns").isPositive();

        // (within the night's window the engine's own cleanup may take the old delivery's history first: the hour a
        // test runs at must not matter, so the old one is looked for only as gone)
        delivered(app, "test:200-days-ago", now.minus(Duration.ofDays(200)));
        delivered(app, "test:today", null);
        HistoricProcessInstance recent = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("test:today").singleResult();
        assertThat(Duration.between(recent.getEndTime().toInstant(), recent.getRemovalTime().toInstant()).toHours())
                .as("a mail delivery's history is kept 180 days").isBetween(180 * 24 - 1L, 180 * 24 + 1L);

        history.cleanUpHistoryAsync(true);
        Await.until("the engine removes the old delivery's history", Duration.ofSeconds(60), () ->
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("test:200-days-ago").count()
                        == 0);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent.getId()).count()).isOne();
        assertThat(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(uk.quarterlyreturns.returns.ReturnProcess.PROCESS_ID).count())
                .as("the running returns' history").isEqualTo(returns);
    }

    /** A message sent at this instant (null: now), once its delivery has ended, on that clock. */
    private static void delivered(ConfigurableApplicationContext app, String key, Instant at) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        MailOutbox outbox = app.getBean(MailOutbox.class);
        if (at != null) {
            ClockUtil.setCurrentTime(Date.from(at));
        }
        try {
            long id = outbox.send(new MailMessage(key, "NOTICE", "someone@example.test", "Hello", "Body", null, null,
                    null));
            Await.until("the delivery of " + key + " ends", Duration.ofSeconds(30), () ->
                    outbox.find(id).orElseThrow().status() != OutboxEntry.Status.PENDING
                            && runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * A wrong password stops the start with one sentence of what is wrong, and no stack trace: the failure analysers
     * are in place (DatabaseFailuresTest has each way a database can fail to serve).
     */
    @Test
    void aDatabaseThatCannotServeTheApplicationStopsTheStartInOneSentence(CapturedOutput output) {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(temp.resolve("refusing"), 0)) {
            assertThatThrownBy(() -> application(external, "default", "spring.datasource.password=wrong").close());
        }
        assertThat(output.getOut()).contains("refused the sign-in of user 'postgres': check SPRING_DATASOURCE_USERNAME"
                        + " and SPRING_DATASOURCE_PASSWORD")
                .doesNotContain("\tat org.flywaydb", "\tat org.postgresql");
    }

    /** The start's failure as Spring Boot prints it: this one line as its description, and no stack trace. */
    private static void refusedInOneLine(CapturedOutput output, String description) {
        assertThat(output.getOut()).contains("Description:\n\n" + description + "\n\nAction:")
                .doesNotContain("\tat uk.quarterlyreturns", "\tat org.springframework");
    }

    /** Settings as command-line arguments, so they outrank application.yml as an operator's would. */
    private static ConfigurableApplicationContext application(EmbeddedDatabase database, String profile,
            String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + database.credentials().superuserPassword(),
                "--quarterly.mail.retry-cycle=R1/PT1S", "--quarterly.demo.cycles=false",
                "--quarterly.organisation=Test Council", "--quarterly.base-url=https://returns.test.example",
                // Its own engine name: closing it must not unregister the shared test context's engine.
                "--camunda.bpm.process-engine-name=startup" + System.nanoTime()));
        for (String setting : more) {
            String key = "--" + setting.substring(0, setting.indexOf('=') + 1);
            args.removeIf(a -> a.startsWith(key));
            args.add("--" + setting);
        }
        return new SpringApplicationBuilder(Application.class).profiles(profile).run(args.toArray(String[]::new));
    }
}
