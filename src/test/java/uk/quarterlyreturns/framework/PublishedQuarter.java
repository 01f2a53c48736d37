package uk.quarterlyreturns.framework;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;

/** A quarter whose report is published: its cycle's rows only (no process), approved as the chief executive would. */
public final class PublishedQuarter {

    private PublishedQuarter() {
    }

    public static void publish(JdbcClient jdbc, CycleRepository cycles, ReportingYear year, int quarter) {
        Instant now = Instant.now();
        long cycle = cycles.insert(year.id(), quarter, now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(50)),
                "perf", now.minus(Duration.ofDays(80)), ChasePolicy.DEFAULT);
        jdbc.sql("update cycle set status = 'PUBLISHED' where id = :c").param("c", cycle).update();
        long version = jdbc.sql("""
                insert into report_version (cycle_id, version, status, compiled_at, input_json, html, pdf, xlsx,
                    pdf_sha256, xlsx_sha256) values (:c, 1, 'AWAITING_APPROVAL', now(), '{}', '<p>Q</p>',
                    '\\x25504446'::bytea, '\\x504b'::bytea, repeat('a', 64), repeat('b', 64)) returning id""")
                .param("c", cycle).query(Long.class).single();
        jdbc.sql("""
                update report_version set decided_by = 'ceo', decided_at = now(), decided_pdf_sha256 = pdf_sha256,
                    decided_xlsx_sha256 = xlsx_sha256, decided_compiled_at = compiled_at where id = :id""")
                .param("id", version).update();
        jdbc.sql("update report_version set status = 'APPROVED' where id = :id").param("id", version).update();
    }
}
