package uk.quarterlyreturns.chasing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
     * them for want of a strategic director, then with any cover as "Colin Cover, covering for Cora Covered": no
     * director is named beside them.
     */
    String of(ServiceReturn r, List<Person> strategicNow) {
        // A cover's record says for whom they had it (EscalationCovers); empty when that was not known.
        Map<String, String> coveringFor = new LinkedHashMap<>();
        jdbc.sql("""
                select c.recipient, case when bool_and(c.covering_for is not null) then max(c.covering_for) end as f
                from chase c join service_return r on r.id = c.return_id
                where c.return_id = :r and c.kind = :k and c.id > coalesce(r.chases_after, 0)
                group by c.recipient order by c.recipient""")
                .param("r", r.id()).param("k", MailKind.ESCALATION_STRATEGIC.name())
                .query((rs, n) -> coveringFor.put(rs.getString("recipient"), rs.getString("f"))).list();
        List<Person> people = coveringFor.isEmpty() ? List.of() : this.people.find(List.copyOf(coveringFor.keySet()));
        // It went to the performance team only when nobody in the directorate could be reached.
        List<String> directors = (coveringFor.isEmpty() ? strategicNow.stream().filter(ChaseStepMail::reachable)
                : people.stream().filter(p -> coveringFor.get(p.username()) == null && !teamOnly(p)))
                .map(Person::displayName).toList();
        List<Person> covers = people.stream().filter(p -> coveringFor.get(p.username()) != null).toList();
        if (directors.isEmpty()) {
            String team = "the performance team";
            String why = "no strategic director of the " + r.directorateName() + " directorate could be reached";
            return covers.isEmpty() ? team + ", as " + why : team + " (" + why + ") and " + covers.stream()
                    .map(c -> covering(c, coveringFor.get(c.username()))).collect(Collectors.joining(", and "));
        }
        String first = named(directors, "strategic director", "strategic directors");
        return covers.isEmpty() ? first
                : first + ", " + named(covers.stream().map(Person::displayName).toList(), "cover", "covers");
    }

    /** "Colin Cover, covering for Cora Covered"; "Colin Cover (cover)" when whom they covered is not known. */
    private String covering(Person cover, String coveredUsernames) {
        List<String> covered = coveredUsernames.isEmpty() ? List.of()
                : people.find(List.of(coveredUsernames.split(","))).stream().map(Person::displayName).toList();
        return covered.isEmpty() ? named(List.of(cover.displayName()), "cover", "covers")
                : cover.displayName() + ", covering for " + String.join(" and ", covered);
    }

    private static String named(List<String> names, String one, String many) {
        return String.join(", ", names) + " (" + (names.size() == 1 ? one : many) + ")";
    }

    private static boolean teamOnly(Person p) {
        return p.has(Role.PERFORMANCE_TEAM) && !p.has(Role.STRATEGIC_DIRECTOR);
    }
}
