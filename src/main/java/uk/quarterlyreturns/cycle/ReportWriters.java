package uk.quarterlyreturns.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everyone who wrote a version of the report's cover report for Cabinet or of its commentary, and when: each save that
 * changed them, kept as written, so that nobody who had a hand in the words approves the report (ReportDuties) and
 * the approval page shows who wrote them.
 */
@Repository
public class ReportWriters {

    /** The report's parts the performance team writes, in the words the approval page uses. */
    public enum Part {
        COVER("Cover report for Cabinet"), COMMENTARY("Commentary for the executive summary");

        private final String words;

        Part(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One save that changed the part. */
    public record Written(Part part, String by, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportWriters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** In the transaction of the save, so that no version goes unrecorded. */
    public void wrote(long cycleId, Part part, String by) {
        jdbc.sql("insert into report_writing (cycle_id, part, written_by, written_at) values (:c, :p, :by, :at)")
                .param("c", cycleId).param("p", part.name()).param("by", by)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** Oldest first. */
    public List<Written> of(long cycleId) {
        return jdbc.sql("select part, written_by, written_at from report_writing where cycle_id = :c"
                        + " order by written_at, id").param("c", cycleId)
                .query((rs, n) -> new Written(Part.valueOf(rs.getString("part")), rs.getString("written_by"),
                        rs.getTimestamp("written_at").toInstant())).list();
    }
}
