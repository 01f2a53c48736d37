package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A measure or key action imported by mistake can be taken out of the year, but only while nothing is recorded
 * for it: one with a figure or a status this year is part of the year's record and stays.
 */
class FrameworkRemovalApiTest extends ApplicationTest {

    private static final String YEAR = "/api/years/2690-91";

    @Autowired JdbcClient jdbc;
    @Autowired KeyActionRepository actions;

    private Api perf;

    @BeforeEach
    void signIn() {
        perf = new Api(url(""), "perf", "demo");
    }

    @Test
    void aMeasureWithNothingRecordedGoesWithItsHistoryAndOneWithFiguresStays() throws Exception {
        ok(perf.putCsv(YEAR + "/framework", fixture("framework-sample.csv")));
        ok(perf.putCsv(YEAR + "/history", "code,year,value,quarter\n1.10,2689-90,1500,\n1.1,2689-90,341,\n"));
        ok(perf.putCsv(YEAR + "/quarters/1/values", fixture("values-sample-q1.csv")));

        // Only the performance team and administrators change the framework.
        for (String who : new String[] {"reader", "dir.housing", "data.housing", "ceo"}) {
            assertThat(new Api(url(""), who, "demo").delete(YEAR + "/measures/T-2").getStatusCode().value())
                    .as(who).isEqualTo(403);
        }
        assertThat(measureCount("T-2")).isEqualTo(1);

        ResponseEntity<String> kept = perf.delete(YEAR + "/measures/1.1");
        assertThat(kept.getStatusCode().value()).isEqualTo(409);
        assertThat(kept.getBody()).contains("1.1 has figures for Q1 of 2690/91, so it stays in the year");
        assertThat(measureCount("1.1")).isEqualTo(1);
        assertThat(historyRows("1.1")).isEqualTo(1);

        // A code is found whatever its letters, as imports find it.
        ResponseEntity<String> removed = perf.delete(YEAR + "/measures/t-2");
        assertThat(removed.getStatusCode().value()).isEqualTo(200);
        assertThat(removed.getBody()).contains("\"code\":\"T-2\"").contains("\"historyRows\":0");
        assertThat(measureCount("T-2")).isZero();
        String framework = perf.get(YEAR + "/framework").getBody();
        assertThat(framework).doesNotContain("T-2,").contains("T-1,");
        assertThat(perf.get(YEAR + "/quarters/1/measures").getBody()).doesNotContain("\"T-2\"")
                .contains("\"T-1\"");

        long m110 = jdbc.sql("select m.id from measure m join reporting_year y on y.id = m.year_id"
                + " where y.label = '2690-91' and m.code = '1.10'").query(Long.class).single();
        ResponseEntity<String> withHistory = perf.delete(YEAR + "/measures/1.10");
        assertThat(withHistory.getBody()).contains("\"historyRows\":1");
        assertThat(jdbc.sql("select count(*) from measure_history where measure_id = :m").param("m", m110)
                .query(Integer.class).single()).isZero();

        assertThat(perf.delete(YEAR + "/measures/T-2").getStatusCode().value()).isEqualTo(404);
        assertThat(perf.delete("/api/years/2691-92/measures/T-1").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aKeyActionWithAStatusStaysAndOneWithoutGoes() throws Exception {
        ok(perf.putCsv("/api/years/2692-93/framework", fixture("framework-sample.csv")));
        ok(perf.putCsv("/api/years/2692-93/actions", "code,title,directorate,service,theme\n"
                + "HKA-1,Bring empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n"
                + "HKA-2,Brnig empty homes back into use,Economy and Infrastructure,Housing,Ambitious\n"));
        long hka1 = jdbc.sql("select a.id from key_action a join reporting_year y on y.id = a.year_id"
                + " where y.label = '2692-93' and a.code = 'HKA-1'").query(Long.class).single();
        actions.saveStatus(hka1, 2, Rag.GREEN, "Twelve homes brought back into use", "perf");

        ResponseEntity<String> kept = perf.delete("/api/years/2692-93/actions/HKA-1");
        assertThat(kept.getStatusCode().value()).isEqualTo(409);
        assertThat(kept.getBody()).contains("HKA-1 has statuses for Q2 of 2692/93");

        assertThat(perf.delete("/api/years/2692-93/actions/HKA-2").getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("select code from key_action a join reporting_year y on y.id = a.year_id"
                + " where y.label = '2692-93'").query(String.class).list()).containsExactly("HKA-1");
    }

    private int measureCount(String code) {
        return jdbc.sql("select count(*) from measure m join reporting_year y on y.id = m.year_id"
                + " where y.label = '2690-91' and m.code = :c").param("c", code).query(Integer.class).single();
    }

    private int historyRows(String code) {
        return jdbc.sql("select count(*) from measure_history h join measure m on m.id = h.measure_id"
                + " join reporting_year y on y.id = m.year_id where y.label = '2690-91' and m.code = :c")
                .param("c", code).query(Integer.class).single();
    }

    private static void ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    }

    private static String fixture(String name) throws IOException {
        return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
