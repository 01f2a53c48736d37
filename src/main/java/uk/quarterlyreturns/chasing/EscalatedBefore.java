package uk.quarterlyreturns.chasing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Whom a return's first escalation went to, for the chief executive's: as recorded when it was sent. A strategic
 * director who has left since, or one named since who was never told, would otherwise be named wrongly.
 */
@Component
class EscalatedBefore {

    private final JdbcClient jdbc;
    private final PeopleService people;

    EscalatedBefore(JdbcClient jdbc, PeopleService people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /**
     * "Sam Holt (strategic director)" as recorded, and any cover told with them, "Colin Cover (cover)"; before any is
     * recorded, the strategic directors who can be reached now; the performance team when it went, or would go, to
     * them for want of a strategic director.
     */
    String of(ServiceReturn r, List<Person> strategicNow) {
        // A cover's record is told apart by its mail, which says whom they cover (EscalationCovers).
        Map<String, Boolean> told = new LinkedHashMap<>();
        jdbc.sql("""
                select c.recipient, bool_and(coalesce(position(:cover in m.body_text) > 0, false)) as cover
                from chase c left join outbox_message m on m.id = c.outbox_message_id
                where c.return_id = :r and c.kind = :k group by c.recipient order by c.recipient""")
                .param("r", r.id()).param("k", MailKind.ESCALATION_STRATEGIC.name())
                .param("cover", EscalationCovers.AS_COVER)
                .query((rs, n) -> told.put(rs.getString("recipient"), rs.getBoolean("cover"))).list();
        List<Person> people = told.isEmpty() ? List.of() : this.people.find(List.copyOf(told.keySet()));
        // It went to the performance team only when nobody in the directorate could be reached.
        List<String> directors = (told.isEmpty() ? strategicNow.stream().filter(Chasing::reachable)
                : people.stream().filter(p -> !told.get(p.username()) && !teamOnly(p))).map(Person::displayName)
                .toList();
        List<String> covers = people.stream().filter(p -> told.get(p.username())).map(Person::displayName).toList();
        String first = directors.isEmpty() ? "the performance team, as no strategic director of the "
                + r.directorateName() + " directorate could be reached"
                : named(directors, "strategic director", "strategic directors");
        return covers.isEmpty() ? first : first + ", " + named(covers, "cover", "covers");
    }

    private static String named(List<String> names, String one, String many) {
        return String.join(", ", names) + " (" + (names.size() == 1 ? one : many) + ")";
    }

    private static boolean teamOnly(Person p) {
        return p.has(Role.PERFORMANCE_TEAM) && !p.has(Role.STRATEGIC_DIRECTOR);
    }
}
