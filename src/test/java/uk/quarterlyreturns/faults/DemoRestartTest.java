package uk.quarterlyreturns.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.support.BesideTheSuite;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.db.EmbeddedDatabase;

/**
 * The demo, as a new user runs it: the first start replays 2017/18 through the real processes on a moved clock, so
 * that Q1 is published as a Cabinet paper and Q2 has returns in every state; stopped and started again on the same
 * data, the demo carries on from the instant it had reached. No timer fires because of the restart: no
 * message, chase, escalation or compilation, and every cycle, return, task and timer is as it was.
 */
@Execution(ExecutionMode.CONCURRENT) // its applications are processes of their own: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class DemoRestartTest {

    private static final Duration START = Duration.ofMinutes(12); // the first start replays two quarters
    private static final Instant DEMO_NOW = Instant.parse("2017-10-30T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aRestartCarriesOnFromTheDemosTimeAndFiresNothing() throws Exception {
        int dbPort = Mail.freePortBelowEphemeral();
        Path data = temp.resolve("postgres");
        List<String> args = List.of("--server.port=0", "--quarterly.database.directory=" + data,
                "--quarterly.database.port=" + dbPort, "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000", "--logging.level.root=warn");
        ChildProcess first = null;
        ChildProcess second = null;
        try {
            first = ChildProcess.start("demo-first", List.of(), args);
            Instant firstClock = Instant.parse(first.await(ChildApplication.READY, START)[2]);
            assertThat(firstClock).isBetween(DEMO_NOW, DEMO_NOW.plus(Duration.ofMinutes(10)));
            JdbcClient jdbc = Sql.connect(dbPort, data);
            assertThat(Sql.count(jdbc, "select count(*) from cycle")).as("the demo's two quarters").isEqualTo(2);
            theFirstQuarterIsPublishedAndTheSecondInProgress(jdbc);
            publishedQuarterOneReadsAsACabinetPaper(jdbc);
            assertThat(Sql.count(jdbc, "select count(*) from act_ru_job where type_ = 'timer'"))
                    .as("timers waiting in the demo's future").isPositive();
            Map<String, List<String>> before = Sql.snapshot(jdbc);
            long escalations = Sql.count(jdbc, "select count(*) from chase");
            first.close();
            Instant savedAtStop;
            try (EmbeddedDatabase stopped = EmbeddedDatabase.start(data, dbPort)) {
                savedAtStop = jdbc.sql("select demo_now from demo_clock").query(java.sql.Timestamp.class).single()
                        .toInstant();
            }
            assertThat(savedAtStop).as("the demo's time saved on shutdown").isAfterOrEqualTo(firstClock);

            second = ChildProcess.start("demo-second", List.of(), args);
            Instant secondClock = Instant.parse(second.await(ChildApplication.READY, START)[2]);
            assertThat(secondClock).as("carries on from where it stopped, not today")
                    .isBetween(savedAtStop, savedAtStop.plus(Duration.ofMinutes(5)));
            // A clock jumped to today would have every 2017 timer due at once; give the job executor time to show it.
            Thread.sleep(10_000);
            Map<String, List<String>> after = Sql.snapshot(jdbc);
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table + " after the restart").isEqualTo(before.get(table));
            }
            assertThat(Sql.count(jdbc, "select count(*) from chase")).isEqualTo(escalations);
        } finally {
            for (ChildProcess child : new ChildProcess[] {second, first}) {
                if (child != null) {
                    child.close();
                }
            }
            if (java.nio.file.Files.exists(data.resolve("postmaster.pid"))) {
                EmbeddedDatabase.start(data, 0).close();
            }
        }
    }

    private static void theFirstQuarterIsPublishedAndTheSecondInProgress(JdbcClient jdbc) {
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
        for (String kind : List.of("REMINDER", "OVERDUE", "ESCALATION_STRATEGIC")) {
            assertThat(Sql.count(jdbc, "select count(*) from chase where kind = '" + kind + "'")).as(kind).isPositive();
        }
        assertThat(Sql.count(jdbc, "select count(*) from chase where kind = 'ESCALATION_CHIEF_EXECUTIVE'")).isZero();
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
}
