package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * An older year's report is compiled from that year's own framework and structure: a restructure imported
 * for a later year leaves the demo year's report byte for byte as it was. (A published report is also frozen
 * as stored: ApprovedReportFrozenTest.)
 */
class OlderYearsReportTest extends ApplicationTest {

    private static final String YEAR = "2017-18";
    private static final String LATER = "2318-19";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired ReportInputs inputs;
    @Autowired JdbcClient jdbc;

    @Test
    void aLaterRestructureLeavesTheOlderReportAsItWasWithOutturnsInTheirPublishedUnits() throws Exception {
        ReportingYear year = years.find(YEAR).orElseThrow();
        Instant now = Instant.now();
        // a cycle row without its process (the test profile replays no demo cycles): the report needs the cycle,
        // not its returns
        long cycleId = cycles.insert(year.id(), 2, now.plus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)),
                "perf", now, ChasePolicy.DEFAULT);
        try {
            Cycle cycle = cycles.find(cycleId).orElseThrow();
            CompiledReport before = compile(cycle, year);
            // 1.7 counts tonnes; its two earlier outturns were published as percentages and print so
            assertThat(row(before, "1.7").outturns()).containsExactly("-", "89.7%", "98.8%");
            assertThat(row(before, "1.1").outturns()).containsExactly("176", "233", "341");
            assertThat(row(before, "1.9").line().directorate()).isEqualTo("Economy and Infrastructure");
            String hash = sha256(new HtmlReportRenderer().render(before));

            // the next year Housing moves to Community and Children's Services, and Finance has a code
            imports.importMeasures(LATER, file("fixtures/council-b/framework.csv"));

            CompiledReport after = compile(cycle, year);
            assertThat(row(after, "1.9").line().directorate()).isEqualTo("Economy and Infrastructure");
            assertThat(sha256(new HtmlReportRenderer().render(after))).isEqualTo(hash);
        } finally {
            jdbc.sql("delete from cycle where id = :id").param("id", cycleId).update();
        }
    }

    private CompiledReport compile(Cycle cycle, ReportingYear year) {
        return ReportCompiler.compile(inputs.gather(cycle, year, 1, null, "", CabinetCover.EMPTY,
                LocalDate.of(2017, 11, 6)));
    }

    private static MeasureRow row(CompiledReport report, String ref) {
        return report.themes().stream().flatMap(t -> t.measureRows().stream())
                .filter(r -> r.ref().equals(ref)).findFirst().orElseThrow();
    }

    private static TabularFile file(String path) throws IOException {
        return TabularFile.read(new ClassPathResource(path).getContentAsByteArray(), path);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
