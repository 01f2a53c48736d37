package uk.quarterlyreturns.people;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.AppClock;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularWriter;

/**
 * The account history, newest first, for administrators only: the account events, with the deputies each person
 * was named and the covers of strategic directors, in the history of the cover and of the director covered (the
 * delegation keeps who named them, and who ended or withdrew them, why when either left the post, and the way in).
 */
@Service
public class AccountHistoryReader {

    public static final List<String> COLUMNS = List.of("when", "username", "what", "from", "to", "by", "way");
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
            .withZone(AppClock.LONDON);
    /**
     * Ended on the day it began: stored as withdrawn, as it must stop at once and a day is the finest an end can be,
     * but the deputy or cover held it that day and may have acted, so the history says it ended, that day.
     */
    private static final String ENDED_ON_FIRST_DAY =
            "d.withdrawn and d.starts_on <= (d.ended_at at time zone 'Europe/London')::date";
    private static final String PERIOD = """
            to_char(d.starts_on, 'FMDD Mon YYYY') || ' to '
            || to_char(case when %s then d.starts_on else d.ends_on end, 'FMDD Mon YYYY')""".formatted(
            ENDED_ON_FIRST_DAY);
    /** Ended, or withdrawn before it began, as the history words it (kind's prefix %1$s). */
    private static final String ENDING = "case when " + ENDED_ON_FIRST_DAY
            + " then '%1$s_ENDED' when d.withdrawn then '%1$s_WITHDRAWN' else '%1$s_ENDED' end";
    /** The period as it was named, before any early end moved its last day. */
    private static final String NAMED_PERIOD = """
            to_char(d.starts_on, 'FMDD Mon YYYY') || ' to ' || to_char(coalesce(d.named_ends_on, d.ends_on),
            'FMDD Mon YYYY')""";
    private static final String WHY = " || coalesce(' (' || d.end_reason || ')', '')";
    /** A service's deputies, in the deputy's history. */
    private static final String DEPUTIES = """
            select d.deputy, 'DEPUTY_NAMED', null, %3$s, d.created_by, d.created_at, 'SCREEN', 0
            from delegation d join service s on s.id = d.service_id
            union all
            select d.deputy, %4$s, null,
                   %1$s%2$s, d.ended_by, d.ended_at, coalesce(d.ended_way, 'SCREEN'), 0
            from delegation d join service s on s.id = d.service_id where d.ended_by is not null
            """.formatted("s.name || ', ' || " + PERIOD, WHY, "s.name || ', ' || " + NAMED_PERIOD,
            ENDING.formatted("DEPUTY"));
    /**
     * A strategic director's covers, in the history of both: the cover's says whom they covered ("Cora Covered
     * (sd.cora) of Economy, ..."), the director's who covered them ("Colin Cover (sd.colin) for Economy, ...").
     */
    private static final String COVERS = """
            select d.%1$s, '%3$s_NAMED', null, %6$s, d.created_by, d.created_at, 'SCREEN', 0
            from delegation d join directorate r on r.id = d.directorate_id join app_user u on u.username = d.%2$s
            union all
            select d.%1$s, %7$s, null, %4$s%5$s,
                   d.ended_by, d.ended_at, coalesce(d.ended_way, 'SCREEN'), 0
            from delegation d join directorate r on r.id = d.directorate_id join app_user u on u.username = d.%2$s
            where d.ended_by is not null
            """;
    private static final String EVENTS = """
            select * from (
                select username, kind, from_value, to_value, changed_by, changed_at, way, id from account_event
                union all
                %s
                union all
                %s
                union all
                %s
            ) e""".formatted(DEPUTIES, covers("deputy", "named_for", "COVER", " of "),
            covers("named_for", "deputy", "COVERED", " for "));
    private static final String NEWEST_FIRST = " order by changed_at desc, id desc";

    private final JdbcClient jdbc;
    private final PersonRepository people;

    AccountHistoryReader(JdbcClient jdbc, PersonRepository people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public List<AccountEvent> of(String username, String reader) {
        requireAdmin(reader);
        return jdbc.sql(EVENTS + " where username = :u" + NEWEST_FIRST).param("u", username).query(this::map).list();
    }

    public List<AccountEvent> all(String reader) {
        requireAdmin(reader);
        return jdbc.sql(EVENTS + NEWEST_FIRST).query(this::map).list();
    }

    /** Everyone's account history as CSV, formula-escaped like every export. */
    public byte[] csv(String reader) {
        return TabularWriter.csv(COLUMNS, all(reader).stream().map(e -> Arrays.<Object>asList(WHEN.format(e.at()),
                e.username(), e.kind().words(), e.from(), e.to(), e.by(), e.way().words())).toList());
    }

    private void requireAdmin(String reader) {
        if (!people.activeWith(reader, Role.ADMIN)) {
            throw new NotAllowedException("Only an administrator may read the account history");
        }
    }

    /** The covers in the history of {@code whose}, naming the other one ({@code other}) and their directorate. */
    private static String covers(String whose, String other, String kind, String directorate) {
        String who = "u.display_name || ' (' || d." + other + " || ')" + directorate + "' || r.name || ', ' || ";
        return COVERS.formatted(whose, other, kind, who + PERIOD, WHY, who + NAMED_PERIOD, ENDING.formatted(kind));
    }

    private AccountEvent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("changed_at");
        return new AccountEvent(rs.getString("username"), AccountChange.valueOf(rs.getString("kind")),
                rs.getString("from_value"), rs.getString("to_value"), rs.getString("changed_by"), at.toInstant(),
                AccountWay.valueOf(rs.getString("way")));
    }
}
