package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * A version's files are named after the organisation the version was compiled for, as its cover names it, not the
 * one the settings name today: after the council renames itself, the reports page, the API and the audit pack give
 * an earlier version's files the name they had. Year 7573.
 */
class VersionFileNameTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired ReportVersions versions;
    @Autowired ReportFileNames names;

    @Test
    void aVersionCompiledBeforeTheCouncilRenamedItselfKeepsItsFileName() throws Exception {
        long cycleId = ReturnScenario.open(context, 7573).cycle.id();
        jdbc.sql("""
                insert into report_version (cycle_id, version, status, compiled_at, input_json, html, pdf, xlsx,
                    pdf_sha256, xlsx_sha256)
                values (:c, 1, 'AWAITING_APPROVAL', now(), '{"organisation":"Old Town Borough Council"}', '<p>v1</p>',
                    '\\x25504446'::bytea, '\\x504b'::bytea, repeat('a', 64), repeat('b', 64))""")
                .param("c", cycleId).update();

        // the settings name Kirklees Council today
        assertThat(names.of(versions.forCycle(cycleId).get(0)))
                .isEqualTo("old-town-borough-council-corporate-performance-report-7573-74-q2-v1");
    }
}
