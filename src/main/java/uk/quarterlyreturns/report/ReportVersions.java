package uk.quarterlyreturns.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReportVersions {

    private static final String SELECT = """
            select id, cycle_id, version, status, compiled_at, pdf_sha256, xlsx_sha256, change_note, decided_by,
                   decided_at, decision_note, decided_pdf_sha256, decided_xlsx_sha256 from report_version""";

    private final JdbcClient jdbc;

    ReportVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReportVersion> latest(long cycleId) {
        return jdbc.sql(SELECT + " where cycle_id = :c order by version desc limit 1").param("c", cycleId)
                .query(this::map).optional();
    }

    /**
     * The version the cycle's next compilation becomes: the one after an approved version (a correction), else the
     * open one compiled again, else the first.
     */
    int nextVersion(long cycleId) {
        return latest(cycleId).map(v -> v.status() == ReportStatus.APPROVED ? v.version() + 1 : v.version())
                .orElse(1);
    }

    public Optional<ReportVersion> find(long cycleId, int version) {
        return jdbc.sql(SELECT + " where cycle_id = :c and version = :v").param("c", cycleId).param("v", version)
                .query(this::map).optional();
    }

    public List<ReportVersion> approved() {
        return jdbc.sql(SELECT + " where status = 'APPROVED' order by decided_at desc").query(this::map).list();
    }

    public List<ReportVersion> forCycle(long cycleId) {
        return jdbc.sql(SELECT + " where cycle_id = :c order by version").param("c", cycleId).query(this::map).list();
    }

    public String html(long id) {
        return jdbc.sql("select html from report_version where id = :id").param("id", id).query(String.class).single();
    }

    public byte[] pdf(long id) {
        return jdbc.sql("select pdf from report_version where id = :id").param("id", id).query(byte[].class).single();
    }

    public byte[] xlsx(long id) {
        return jdbc.sql("select xlsx from report_version where id = :id").param("id", id).query(byte[].class).single();
    }

    /** The compiled report as it was compiled; empty for a version compiled before it was kept. */
    public Optional<String> contentJson(long id) {
        return jdbc.sql("select content_json from report_version where id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    /** The organisation the version was compiled for, as its cover names it. */
    public String organisation(long id) {
        return jdbc.sql("select coalesce(input_json::jsonb ->> 'organisation', '') from report_version where id = :id")
                .param("id", id).query(String.class).single();
    }

    public String inputJson(long id) {
        return jdbc.sql("select input_json from report_version where id = :id").param("id", id).query(String.class)
                .single();
    }

    public void insert(long cycleId, int version, Instant at, String inputJson, Files files, String changeNote) {
        jdbc.sql("""
                insert into report_version (cycle_id, version, status, compiled_at, input_json, html, pdf, xlsx,
                    pdf_sha256, xlsx_sha256, change_note, content_json)
                values (:c, :v, 'AWAITING_APPROVAL', :at, :json, :html, :pdf, :xlsx, :pdfHash, :xlsxHash, :note,
                    :content)""")
                .param("c", cycleId).param("v", version).param("at", Timestamp.from(at)).param("json", inputJson)
                .param("html", files.html()).param("pdf", files.pdf()).param("xlsx", files.xlsx())
                .param("pdfHash", files.pdfSha256()).param("xlsxHash", files.xlsxSha256()).param("note", changeNote)
                .param("content", files.contentJson()).update();
    }

    /** Replaces a version's files; the database refuses it for an approved version. */
    public void replace(long id, String inputJson, Files files, ReportStatus status, String changeNote) {
        jdbc.sql("""
                update report_version set change_note = :note, input_json = :json, html = :html, pdf = :pdf,
                    xlsx = :xlsx, pdf_sha256 = :pdfHash, xlsx_sha256 = :xlsxHash, status = :s, content_json = :content
                where id = :id""")
                .param("json", inputJson).param("html", files.html()).param("pdf", files.pdf())
                .param("xlsx", files.xlsx()).param("pdfHash", files.pdfSha256()).param("xlsxHash", files.xlsxSha256())
                .param("s", status.name()).param("note", changeNote).param("id", id)
                .param("content", files.contentJson()).update();
    }

    /**
     * Compiles an unapproved version again: it gets the new compile time, and the decision on the earlier
     * compilation no longer stands (the comments of a return are kept in report_return).
     */
    public void recompile(long id, Instant at, String inputJson, Files files, String changeNote) {
        jdbc.sql("""
                update report_version set compiled_at = :at, change_note = :note, input_json = :json, html = :html,
                    pdf = :pdf, xlsx = :xlsx, pdf_sha256 = :pdfHash, xlsx_sha256 = :xlsxHash, content_json = :content,
                    status = 'AWAITING_APPROVAL', decided_by = null, decided_at = null, decision_note = null,
                    decided_pdf_sha256 = null, decided_xlsx_sha256 = null, decided_compiled_at = null
                where id = :id""")
                .param("at", Timestamp.from(at)).param("json", inputJson).param("html", files.html())
                .param("pdf", files.pdf()).param("xlsx", files.xlsx()).param("pdfHash", files.pdfSha256())
                .param("xlsxHash", files.xlsxSha256()).param("note", changeNote).param("id", id)
                .param("content", files.contentJson()).update();
    }

    /** Keeps the chief executive's comments on returning a version, for as long as the cycle is kept. */
    public void recordReturn(long cycleId, int version, String by, Instant at, String comment) {
        jdbc.sql("""
                insert into report_return (cycle_id, version, returned_by, returned_at, comment)
                values (:c, :v, :by, :at, :comment)""")
                .param("c", cycleId).param("v", version).param("by", by).param("at", Timestamp.from(at))
                .param("comment", comment).update();
    }

    /** Every return of the cycle's report, oldest first. */
    public List<Returned> returns(long cycleId) {
        return jdbc.sql("""
                select version, returned_by, returned_at, comment from report_return where cycle_id = :c
                order by returned_at, id""").param("c", cycleId)
                .query((rs, n) -> new Returned(rs.getInt("version"), rs.getString("returned_by"),
                        rs.getTimestamp("returned_at").toInstant(), rs.getString("comment"))).list();
    }

    /** The chief executive returned this version with these comments. */
    public record Returned(int version, String by, Instant at, String comment) {
    }

    /**
     * Records the chief executive's decision, and the hashes and compile time of the files it was made on, from the
     * row itself: publication replaces the files, and these show which the chief executive read.
     */
    public void decide(long id, String by, Instant at, String note) {
        jdbc.sql("""
                update report_version set decided_by = :by, decided_at = :at, decision_note = :note,
                    decided_pdf_sha256 = pdf_sha256, decided_xlsx_sha256 = xlsx_sha256, decided_compiled_at = compiled_at
                where id = :id""")
                .param("by", by).param("at", Timestamp.from(at)).param("note", note).param("id", id).update();
    }

    /** A version's files, and its compiled report as JSON (what the API gives). */
    public record Files(String html, byte[] pdf, byte[] xlsx, String pdfSha256, String xlsxSha256,
            String contentJson) {
    }

    private ReportVersion map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ReportVersion(rs.getLong("id"), rs.getLong("cycle_id"), rs.getInt("version"),
                ReportStatus.valueOf(rs.getString("status")), rs.getTimestamp("compiled_at").toInstant(),
                rs.getString("pdf_sha256"), rs.getString("xlsx_sha256"), rs.getString("change_note"),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"), new ReportVersion.DecidedCopy(rs.getString("decided_pdf_sha256"),
                        rs.getString("decided_xlsx_sha256")));
    }
}
