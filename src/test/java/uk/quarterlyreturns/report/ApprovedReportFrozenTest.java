package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/**
 * The database itself keeps an approved report version as it was approved: each column, its deletion, and
 * a row claiming approval without the chief executive's decision are refused, whoever connects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovedReportFrozenTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    /** What recording the decision keeps of the files it was made on (ReportVersions.decide). */
    static final String DECIDED_COPY = "decided_pdf_sha256 = pdf_sha256, decided_xlsx_sha256 = xlsx_sha256, "
            + "decided_compiled_at = compiled_at";

    private long cycleId;
    private long approved;

    @BeforeAll
    void aVersionApprovedByTheChiefExecutive() throws Exception {
        cycleId = ReturnScenario.open(context, 2441).cycle.id();
        approved = insert(1, "AWAITING_APPROVAL");
        jdbc.sql("update report_version set decided_by = 'ceo', decided_at = now(), decision_note = 'Approved', "
                + DECIDED_COPY + " where id = :id").param("id", approved).update();
        jdbc.sql("update report_version set status = 'APPROVED' where id = :id").param("id", approved).update();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "id          | id + 100000",
            "cycle_id    | cycle_id + 1000000",
            "version     | version + 100",
            "status      | 'SUPERSEDED'",
            "status      | 'AWAITING_APPROVAL'",
            "compiled_at | now() - interval '1 day'",
            "input_json  | '{}'",
            "html        | '<p>rewritten</p>'",
            "pdf         | '\\x00'::bytea",
            "xlsx        | '\\x00'::bytea",
            "pdf_sha256  | repeat('0', 64)",
            "xlsx_sha256 | repeat('0', 64)",
            "change_note | 'a different story'",
            "decided_by  | 'perf'",
            "decided_at  | now() + interval '1 day'",
            "decision_note | 'Not what was said'",
            "decided_pdf_sha256  | repeat('0', 64)",
            "decided_xlsx_sha256 | repeat('0', 64)",
            "decided_compiled_at | now() - interval '1 day'"})
    void rewritingAnApprovedVersionsColumnIsRefused(String column, String newValue) {
        Map<String, Object> before = row(approved);
        assertThatThrownBy(() -> jdbc.sql("update report_version set " + column + " = " + newValue + " where id = :id")
                .param("id", approved).update()).hasMessageContaining("is approved and cannot be changed");
        assertThat(row(approved)).isEqualTo(before);
    }

    @Test
    void deletingAnApprovedVersionIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("delete from report_version where id = :id").param("id", approved).update())
                .hasMessageContaining("is approved and cannot be deleted");
        assertThat(row(approved)).containsEntry("status", "APPROVED");
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            jdbc.sql("truncate report_version cascade").update();
        })).hasMessageContaining("cannot be removed");
        assertThat(row(approved)).containsEntry("status", "APPROVED");
    }

    @Test
    void insertingAnApprovedVersionIsRefused() {
        for (String status : List.of("APPROVED", "SUPERSEDED")) {
            assertThatThrownBy(() -> insert(50, status)).as(status).hasMessageContaining("inserted as a draft");
        }
        assertThat(jdbc.sql("select count(*) from report_version where cycle_id = :c").param("c", cycleId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void approvingWithoutTheChiefExecutivesRecordedDecisionIsRefused() {
        long draft = insert(2, "AWAITING_APPROVAL");
        try {
            String approve = "update report_version set status = 'APPROVED' where id = :id";
            assertThatThrownBy(() -> jdbc.sql(approve).param("id", draft).update()).as("no decision")
                    .hasMessageContaining("chief executive's recorded decision");
            jdbc.sql("update report_version set decided_by = 'perf', decided_at = now(), " + DECIDED_COPY
                    + " where id = :id").param("id", draft).update();
            assertThatThrownBy(() -> jdbc.sql(approve).param("id", draft).update()).as("decided by the team")
                    .hasMessageContaining("chief executive's recorded decision");
            jdbc.sql("update report_version set status = 'DRAFT', decided_by = 'ceo' where id = :id")
                    .param("id", draft).update();
            assertThatThrownBy(() -> jdbc.sql(approve).param("id", draft).update()).as("from a draft")
                    .hasMessageContaining("chief executive's recorded decision");
            assertThat(row(draft)).containsEntry("status", "DRAFT");
        } finally {
            jdbc.sql("delete from report_version where id = :id").param("id", draft).update();
        }
    }

    @Test
    void approvingFilesOtherThanThoseDecidedOnIsRefused() {
        long decided = insert(3, "AWAITING_APPROVAL");
        try {
            String approve = "update report_version set status = 'APPROVED' where id = :id";
            jdbc.sql("update report_version set decided_by = 'ceo', decided_at = now() where id = :id")
                    .param("id", decided).update();
            assertThatThrownBy(() -> jdbc.sql(approve).param("id", decided).update()).as("no copy kept")
                    .hasMessageContaining("only as the chief executive decided on it");
            jdbc.sql("update report_version set " + DECIDED_COPY + " where id = :id").param("id", decided).update();
            jdbc.sql("update report_version set pdf = '\\x01'::bytea, pdf_sha256 = repeat('1', 64) where id = :id")
                    .param("id", decided).update();
            assertThatThrownBy(() -> jdbc.sql(approve).param("id", decided).update()).as("the PDF changed since")
                    .hasMessageContaining("only as the chief executive decided on it");
            assertThat(row(decided)).containsEntry("status", "AWAITING_APPROVAL");
        } finally {
            jdbc.sql("delete from report_version where id = :id").param("id", decided).update();
        }
    }

    /**
     * A version the chief executive approved before its decided copy was kept, its publication still to run: the
     * migration that brought the copy gives it its files as they stand, so that its publication is not refused for
     * good; one not decided is left without.
     */
    @Test
    void aVersionDecidedBeforeItsCopyWasKeptIsStillApproved() throws Exception {
        long decided = insert(4, "AWAITING_APPROVAL");
        long undecided = insert(5, "AWAITING_APPROVAL");
        try {
            jdbc.sql("update report_version set decided_by = 'ceo', decided_at = now() where id = :id")
                    .param("id", decided).update();
            String backfill = java.util.Arrays.stream(new String(getClass().getResourceAsStream(
                    "/db/migration/V66__decided_copy.sql").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split(";"))
                    .filter(statement -> statement.contains("update report_version")).findFirst().orElseThrow();
            jdbc.sql(backfill.replace("where status", "where cycle_id = " + cycleId + " and status")).update();
            transactions.executeWithoutResult(tx -> { // approved, then taken back: an approved row stays for good
                tx.setRollbackOnly();
                jdbc.sql("update report_version set status = 'APPROVED' where id = :id").param("id", decided).update();
                assertThat(row(decided)).containsEntry("status", "APPROVED");
            });
            assertThat(jdbc.sql("select count(*) from report_version where id = :id and decided_pdf_sha256 is null")
                    .param("id", undecided).query(Integer.class).single()).as("not decided: no copy").isEqualTo(1);
        } finally {
            jdbc.sql("delete from report_version where id in (:ids)").param("ids", List.of(decided, undecided))
                    .update();
        }
    }

    private long insert(int version, String status) {
        return jdbc.sql("""
                insert into report_version (cycle_id, version, status, compiled_at, input_json, html, pdf, xlsx,
                    pdf_sha256, xlsx_sha256, change_note)
                values (:c, :v, :s, now(), '{"report":1}', '<p>report</p>', '\\x25504446'::bytea, '\\x504b'::bytea,
                    repeat('a', 64), repeat('b', 64), 'first') returning id""")
                .param("c", cycleId).param("v", version).param("s", status).query(Long.class).single();
    }

    private Map<String, Object> row(long id) {
        Map<String, Object> row = jdbc.sql("select id, cycle_id, version, status, compiled_at, input_json, html,"
                + " encode(pdf, 'hex') as pdf, encode(xlsx, 'hex') as xlsx, pdf_sha256, xlsx_sha256, change_note,"
                + " decided_by, decided_at, decision_note from report_version where id = :id").param("id", id)
                .query().singleRow();
        return row;
    }
}
