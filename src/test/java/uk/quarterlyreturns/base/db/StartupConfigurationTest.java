package uk.quarterlyreturns.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.Application;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.support.Await;

/** Start-up paths other than the default: an external PostgreSQL, and the prod profile's refusals. */
class StartupConfigurationTest {

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
            Await.until("the outbox marks the message", java.time.Duration.ofSeconds(30), () ->
                    app.getBean(MailOutbox.class).find(id).orElseThrow().status() != OutboxEntry.Status.PENDING);
            assertThat(app.getBean(MailOutbox.class).find(id).orElseThrow())
                    .satisfies(e -> assertThat(e.status()).isEqualTo(OutboxEntry.Status.NOT_SENT))
                    .satisfies(e -> assertThat(e.lastError()).contains("No SMTP server is configured"));
        }
    }

    /** The demo replays 2017/18 through the real processes: Q1 published, Q2 with returns in every state. */
    @Test
    void theDemoHasAPublishedQuarterAndOneInProgress() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(temp.resolve("demo"), 0);
             ConfigurableApplicationContext app = application(external, "default", "quarterly.demo.cycles=true")) {
            JdbcClient jdbc = JdbcClient.create(external.postgresDatabase());
            assertThat(jdbc.sql("select status from cycle where quarter = 1").query(String.class).single())
                    .isEqualTo("PUBLISHED");
            assertThat(jdbc.sql("""
                    select v.status from report_version v join cycle c on c.id = v.cycle_id where c.quarter = 1""")
                    .query(String.class).single()).isEqualTo("APPROVED");
            assertThat(jdbc.sql("""
                    select distinct r.status from service_return r join cycle c on c.id = r.cycle_id
                    where c.quarter = 2""").query(String.class).list())
                    .containsExactlyInAnyOrder("NOT_STARTED", "DRAFT", "SUBMITTED", "SIGNED_OFF", "ACCEPTED",
                            "SENT_BACK");
            assertThat(jdbc.sql("select count(*) from chase where kind = 'REMINDER'").query(Long.class).single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from chase where kind = 'OVERDUE'").query(Long.class).single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from chase where kind = 'ESCALATION_STRATEGIC'")
                    .query(Long.class).single()).isPositive();
            assertThat(jdbc.sql("select count(*) from chase where kind = 'ESCALATION_CHIEF_EXECUTIVE'")
                    .query(Long.class).single()).isZero();
            assertThat(app.getBean(java.time.Clock.class).instant())
                    .isBetween(java.time.Instant.parse("2017-10-30T10:00:00Z"),
                            java.time.Instant.parse("2017-10-30T12:00:00Z"));
            publishedQuarterOneReadsAsACabinetPaper(jdbc);
        } finally {
            ClockUtil.reset();
        }
    }

    /** One council throughout, the team's words, the cover and a highlight report; its first pages kept to look at. */
    private static void publishedQuarterOneReadsAsACabinetPaper(JdbcClient jdbc) throws Exception {
        byte[] pdf = jdbc.sql("""
                select v.pdf from report_version v join cycle c on c.id = v.cycle_id where c.quarter = 1""")
                .query(byte[].class).single();
        Path pages = Path.of("target", "report-pages");
        java.nio.file.Files.createDirectories(pages);
        java.nio.file.Files.write(pages.resolve("demo-q1.pdf"), pdf);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < Math.min(6, doc.getNumberOfPages()); i++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
                        pages.resolve("demo-q1-page-" + (i + 1) + ".png").toFile());
            }
        }
        assertThat(text).contains("Name of meeting Cabinet").contains("Date 5 September 2017")
                .contains("Kirklees Council").doesNotContain("Demo Council")
                .contains("There have been delays to the labour skills agenda")
                .contains("At three weeks after quarter end")
                .contains("£1.7m").contains("£6.5m")
                .contains("Highlight reports").contains("Children entering care by placement")
                .doesNotContain("Reasons for performance: None given");
        byte[] xlsx = jdbc.sql("""
                select v.xlsx from report_version v join cycle c on c.id = v.cycle_id where c.quarter = 1""")
                .query(byte[].class).single();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Commentary").getRow(5).getCell(0).getStringCellValue())
                    .startsWith("There have been delays to the labour skills agenda");
            assertThat(book.getSheet("Highlight reports").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Child Protection and Family Support");
        }
    }

    @Test
    void prodRefusesTheEmbeddedDatabaseWithoutAnExplicitOptIn() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .run("--server.port=0", "--quarterly.database.temporary=true", "--quarterly.database.port=0",
                        "--camunda.bpm.process-engine-name=startup" + System.nanoTime()).close())
                .rootCause()
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL")
                .hasMessageContaining("QUARTERLY_DB_EMBEDDED_IN_PROD");
    }

    @Test
    void prodRefusesADatabaseHoldingDemoUsers() {
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
    }

    @Test
    void prodStartsOnAFreshDatabaseWithCamundaSchemaCreatedButNeverUpdated() {
        try (EmbeddedDatabase fresh = EmbeddedDatabase.start(temp.resolve("fresh-prod"), 0);
                ConfigurableApplicationContext app = application(fresh, "prod")) {
            assertThat(app.getEnvironment().getProperty("camunda.bpm.database.schema-update")).isEqualTo("false");
            assertThat(app.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
                    .processDefinitionKey(uk.quarterlyreturns.returns.ReturnProcess.PROCESS_ID).count()).isEqualTo(1);
        }
    }

    /** Settings as command-line arguments, so they outrank application.yml as an operator's would. */
    private static ConfigurableApplicationContext application(EmbeddedDatabase database, String profile,
            String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + database.credentials().superuserPassword(),
                "--quarterly.mail.retry-cycle=R1/PT1S", "--quarterly.demo.cycles=false",
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
