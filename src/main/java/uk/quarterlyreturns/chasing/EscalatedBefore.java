package uk.quarterlyreturns.chasing;

import java.util.List;
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
     * "Sam Holt (strategic director)" as recorded; before any is recorded, the strategic directors who can be reached
     * now; the performance team when it went, or would go, to them for want of a strategic director.
     */
    String of(ServiceReturn r, List<Person> strategicNow) {
        List<String> told = jdbc.sql("select distinct recipient from chase where return_id = :r and kind = :k")
                .param("r", r.id()).param("k", MailKind.ESCALATION_STRATEGIC.name()).query(String.class).list();
        // It went to the performance team only when nobody in the directorate could be reached.
        List<String> directors = (told.isEmpty() ? strategicNow.stream().filter(Chasing::reachable)
                : people.find(told).stream().filter(p -> !teamOnly(p))).map(Person::displayName).toList();
        return directors.isEmpty() ? "the performance team, as no strategic director of the " + r.directorateName()
                + " directorate could be reached"
                : String.join(", ", directors) + (directors.size() == 1 ? " (strategic director)"
                        : " (strategic directors)");
    }

    private static boolean teamOnly(Person p) {
        return p.has(Role.PERFORMANCE_TEAM) && !p.has(Role.STRATEGIC_DIRECTOR);
    }
}
