package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A service renamed and moved to another directorate in a later year: an earlier year's highlight reports name it
 * as that year had it, in that year's directorate, as the rest of the earlier year's report does.
 */
class HighlightReportsOfAnEarlierYearTest extends ApplicationTest {

    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,service_code\n";

    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired HighlightReports highlights;
    @Autowired JdbcClient jdbc;

    @Test
    void anEarlierYearsHighlightReportKeepsThatYearsNameAndDirectorate() {
        imports.importMeasures("2962-63", framework("Highlight Directorate B 2962", "Highlight Renamed 2962"));
        imports.importMeasures("2961-62", framework("Highlight Directorate A 2961", "Highlight Original 2961"));
        long serviceId = jdbc.sql("select service_id from service_placement where service_code = 'HL-2961'")
                .query(Long.class).list().get(0);
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find("2961-62").orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        jdbc.sql("insert into service_return (cycle_id, service_id) values (:c, :s)").param("c", cycleId)
                .param("s", serviceId).update();
        highlights.setWanted(cycleId, serviceId, true, "perf");

        assertThat(highlights.forCycle(cycleId)).singleElement().satisfies(h -> {
            assertThat(h.service()).isEqualTo("Highlight Original 2961");
            assertThat(h.directorate()).isEqualTo("Highlight Directorate A 2961");
        });
    }

    private static TabularFile framework(String directorate, String service) {
        return TabularFile.read((HEADER + "HL-1,Visits made," + directorate + "," + service + ",Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE,HL-2961\n").getBytes(StandardCharsets.UTF_8),
                "framework.csv");
    }
}
