package uk.quarterlyreturns.cycle;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.mail.Links;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.mail.templates.MailTemplates;
import uk.quarterlyreturns.base.mail.templates.OpeningMail;
import uk.quarterlyreturns.base.mail.templates.RenderedMail;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * Quarters the timer could not open, kept in the database (either node of a cluster may have tried) and told to the
 * performance team: on the compliance screen until the quarter's cycle opens, however it opens, and by mail once for
 * each reason and once more when the timer stops trying.
 */
@Service
public class OpeningRefusals {

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Links links;

    OpeningRefusals(JdbcClient jdbc, PeopleService people, MailTemplates templates, MailOutbox outbox, Links links) {
        this.jdbc = jdbc;
        this.people = people;
        this.templates = templates;
        this.outbox = outbox;
        this.links = links;
    }

    /** The timer tried the quarter now and was refused for this reason. */
    @Transactional
    public void refused(ReportingYear year, int quarter, String reason, Instant now) {
        jdbc.sql("""
                insert into automatic_opening_refusal (year_id, quarter, reason, first_tried_at, last_tried_at)
                values (:y, :q, :reason, :now, :now)
                on conflict (year_id, quarter)
                do update set reason = excluded.reason, last_tried_at = excluded.last_tried_at
                """).param("y", year.id()).param("q", quarter).param("reason", reason)
                .param("now", Timestamp.from(now)).update();
        // the reason is in the key: a new reason is news, the same one again every hour is not
        mail(year, quarter, reason, now, false, UUID.nameUUIDFromBytes(reason.getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    /** The quarter's week of tries is over and it is still unopened after a refusal: said once. */
    @Transactional
    public void stopTrying(ReportingYear year, int quarter, Instant now) {
        List<String> reasons = jdbc.sql("""
                update automatic_opening_refusal set stopped_trying_at = :now
                where year_id = :y and quarter = :q and stopped_trying_at is null
                  and not exists (select 1 from cycle c where c.year_id = :y and c.quarter = :q)
                returning reason""").param("y", year.id()).param("q", quarter).param("now", Timestamp.from(now))
                .query(String.class).list();
        reasons.forEach(reason -> mail(year, quarter, reason, now, true, "stopped"));
    }

    /** Refused quarters whose cycle is still not open, oldest quarter first. */
    public List<OpeningRefusal> standing() {
        return jdbc.sql("""
                select y.id, y.label, r.quarter, r.reason, r.last_tried_at, r.stopped_trying_at
                from automatic_opening_refusal r join reporting_year y on y.id = r.year_id
                where not exists (select 1 from cycle c where c.year_id = r.year_id and c.quarter = r.quarter)
                order by y.label, r.quarter""").query(OpeningRefusals::map).list();
    }

    private void mail(ReportingYear year, int quarter, String reason, Instant at, boolean stopped, String about) {
        // urgent, like an overdue notice: sent at once, not held for anyone's daily digest
        for (Person person : people.withRole(Role.PERFORMANCE_TEAM)) {
            if (person.email() == null) {
                continue;
            }
            RenderedMail rendered = templates.render(MailKind.CYCLE_NOT_OPENED, new OpeningMail(person.displayName(),
                    year.quarterName(quarter), reason, at.atZone(ReportingYear.LONDON), stopped,
                    links.to("/compliance")));
            outbox.send(new MailMessage(MailKind.CYCLE_NOT_OPENED + ":" + year.label() + "-q" + quarter + ":" + about
                    + ":" + person.username(), MailKind.CYCLE_NOT_OPENED.name(), person.email(), rendered.subject(),
                    rendered.text(), rendered.html(), null, null));
        }
    }

    private static OpeningRefusal map(ResultSet rs, int row) throws SQLException {
        String label = rs.getString("label");
        Timestamp stopped = rs.getTimestamp("stopped_trying_at");
        return new OpeningRefusal(new ReportingYear(rs.getLong("id"), label, ReportingYear.startOf(label), null),
                rs.getInt("quarter"), rs.getString("reason"), rs.getTimestamp("last_tried_at").toInstant(),
                stopped == null ? null : stopped.toInstant());
    }
}
