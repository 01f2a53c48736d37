package uk.quarterlyreturns.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each cycle's cover report. */
@Repository
class CabinetCovers {

    private final JdbcClient jdbc;

    CabinetCovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CabinetCover> find(long cycleId) {
        return jdbc.sql("""
                select meeting, meeting_date, title, purpose, key_decision, recommendations, reasons, cabinet_member,
                    director_responsible, contact_officer from report_cover where cycle_id = :c""")
                .param("c", cycleId).query((rs, n) -> {
                    Date date = rs.getDate("meeting_date");
                    // null is "not stated", apart from yes and no
                    Boolean key = rs.getObject("key_decision", Boolean.class);
                    return new CabinetCover(rs.getString("meeting"), date == null ? null : date.toLocalDate(),
                            rs.getString("title"), rs.getString("purpose"), key,
                            rs.getString("recommendations"), rs.getString("reasons"), rs.getString("cabinet_member"),
                            rs.getString("director_responsible"), rs.getString("contact_officer"));
                }).optional();
    }

    /** Who saved the cycle's cover last, and when. */
    record Saved(String by, Instant at) {
    }

    Optional<Saved> lastSaved(long cycleId) {
        return jdbc.sql("select updated_by, updated_at from report_cover where cycle_id = :c").param("c", cycleId)
                .query((rs, n) -> new Saved(rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    void save(long cycleId, CabinetCover c, String by, Instant at) {
        jdbc.sql("""
                insert into report_cover (cycle_id, meeting, meeting_date, title, purpose, key_decision, recommendations,
                    reasons, cabinet_member, director_responsible, contact_officer, updated_by, updated_at)
                values (:c, :meeting, :date, :title, :purpose, :key, :recs, :reasons, :member, :director, :contact, :by, :at)
                on conflict (cycle_id) do update set meeting = excluded.meeting, meeting_date = excluded.meeting_date,
                    title = excluded.title, purpose = excluded.purpose, key_decision = excluded.key_decision,
                    recommendations = excluded.recommendations, reasons = excluded.reasons,
                    cabinet_member = excluded.cabinet_member, director_responsible = excluded.director_responsible,
                    contact_officer = excluded.contact_officer, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .param("c", cycleId).param("meeting", c.meeting())
                .param("date", c.meetingDate() == null ? null : Date.valueOf(c.meetingDate()))
                .param("title", c.title()).param("purpose", c.purpose()).param("key", c.keyDecision())
                .param("recs", c.recommendations()).param("reasons", c.reasons()).param("member", c.cabinetMember())
                .param("director", c.directorResponsible()).param("contact", c.contactOfficer()).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }
}
