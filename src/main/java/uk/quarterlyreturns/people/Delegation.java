package uk.quarterlyreturns.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deputy named for a service for the days from startsOn to endsOn, both included, covering the director in post
 * when named (namedFor; null when the post was empty). endReason says why it ended when not by hand.
 */
public record Delegation(long id, long serviceId, String deputy, LocalDate startsOn, LocalDate endsOn,
                         String createdBy, Instant createdAt, String endedBy, Instant endedAt, boolean withdrawn,
                         String namedFor, String endReason) {

    public DelegationState state(LocalDate today) {
        if (withdrawn) {
            return DelegationState.WITHDRAWN;
        }
        if (endsOn.isBefore(today)) {
            return DelegationState.PAST;
        }
        return startsOn.isAfter(today) ? DelegationState.COMING : DelegationState.CURRENT;
    }

    /** A row of the delegation table, a deputy's or a strategic director's cover. */
    static Delegation read(ResultSet rs, int row) throws SQLException {
        var endedAt = rs.getTimestamp("ended_at");
        return new Delegation(rs.getLong("id"), rs.getLong("service_id"), rs.getString("deputy"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("ended_by"),
                endedAt == null ? null : endedAt.toInstant(), rs.getBoolean("withdrawn"), rs.getString("named_for"),
                rs.getString("end_reason"));
    }
}
