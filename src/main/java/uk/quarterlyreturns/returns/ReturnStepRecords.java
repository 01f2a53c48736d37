package uk.quarterlyreturns.returns;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A return's steps as recorded on it: submitted, signed off, accepted, reopened or sent back. */
@Repository
class ReturnStepRecords {

    private final JdbcClient jdbc;
    private final ReturnRepository returns;

    ReturnStepRecords(JdbcClient jdbc, ReturnRepository returns) {
        this.jdbc = jdbc;
        this.returns = returns;
    }

    void markSubmitted(long id, String by, Instant at) {
        jdbc.sql("""
                update service_return set status = 'SUBMITTED', submitted_at = :at, submitted_by = :by,
                    first_submitted_at = coalesce(first_submitted_at, :at), sent_back_comment = null,
                    version = version + 1
                where id = :id""").param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
        returns.historyFollows(id);
    }

    void markSignedOff(long id, String by, Instant at, String note) {
        jdbc.sql("""
                update service_return set status = 'SIGNED_OFF', signed_off_at = :at, signed_off_by = :by,
                    sign_off_note = :note, version = version + 1 where id = :id""")
                .param("at", Timestamp.from(at)).param("by", by).param("note", note).param("id", id).update();
    }

    void markAccepted(long id, String by, Instant at) {
        jdbc.sql("""
                update service_return set status = 'ACCEPTED', accepted_at = :at, accepted_by = :by,
                    version = version + 1 where id = :id""")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    /** Reopened for correction: the reason stays on the return for the service to read, until it is submitted. */
    void markReopened(long id, String reason) {
        jdbc.sql("""
                update service_return set status = 'REOPENED', sent_back_comment = :c, version = version + 1
                where id = :id""").param("c", reason).param("id", id).update();
    }

    void markSentBack(long id, String comment) {
        jdbc.sql("""
                update service_return set status = 'SENT_BACK', sent_back_comment = :c, signed_off_at = null,
                    signed_off_by = null, version = version + 1 where id = :id""")
                .param("c", comment).param("id", id).update();
        returns.historyFollows(id);
    }
}
