package uk.quarterlyreturns.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * A report with the chief executive, not yet approved: the performance team reads it through the API, while a reader,
 * a data officer or a strategic director finds no report they may read, whether they ask for the latest or guess
 * its version number, as JSON, PDF or spreadsheet.
 */
class UnpublishedReportTest extends ApplicationTest {

    private static final String REPORT = "/api/years/3688-89/quarters/1/report";

    @Autowired JdbcClient jdbc;

    @Test
    void onlyThoseWhoMayReadDraftsReadAReportAwaitingApproval() {
        Api perf = new Api(url(""), "perf", "demo");
        assertThat(perf.putCsv("/api/years/3688-89/framework", """
                code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
                UR-1,Carers assessed,Adults 3688,Carers 3688,Caring,count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE
                """).getStatusCode().value()).isEqualTo(200);
        long cycle = jdbc.sql("""
                insert into cycle (year_id, quarter, status, submission_deadline, compilation_date)
                select id, 1, 'AWAITING_APPROVAL', starts_on + interval '4 months', starts_on + interval '5 months'
                from reporting_year where label = '3688-89' returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into report_version (cycle_id, version, status, compiled_at, input_json, content_json, html,
                    pdf, xlsx, pdf_sha256, xlsx_sha256)
                values (:c, 1, 'AWAITING_APPROVAL', now(), '{}', '{"title":"Unpublished"}', '<p>Unpublished</p>',
                    '\\x25504446', '\\x504b', 'a', 'b')""").param("c", cycle).update();
        try {
            assertThat(perf.get(REPORT + "?version=1").getStatusCode().value()).as("perf").isEqualTo(200);
            for (String outsider : List.of("reader", "data.housing", "sd.economy")) {
                Api api = new Api(url(""), outsider, "demo");
                for (String path : List.of(REPORT, REPORT + "?version=1", REPORT + ".pdf?version=1",
                        REPORT + ".xlsx", REPORT + ".xlsx?version=1")) {
                    var answer = api.get(path);
                    assertThat(answer.getStatusCode().value()).as(outsider + " " + path).isEqualTo(404);
                    assertThat(answer.getBody()).as(outsider + " " + path).contains("you may read")
                            .doesNotContain("Unpublished");
                }
            }
        } finally {
            // a cycle with no process of its own must not outlive the test
            jdbc.sql("delete from report_version where cycle_id = :c").param("c", cycle).update();
            jdbc.sql("delete from cycle where id = :c").param("c", cycle).update();
        }
    }
}
