package uk.quarterlyreturns.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;

/** A director names a deputy for a period: the deputy may prepare and sign off the service's return. */
@Service
public class Delegations {

    public record Delegation(long id, long serviceId, String deputy, LocalDate startsOn, LocalDate endsOn,
            String createdBy) {
    }

    private final JdbcClient jdbc;
    private final PersonRepository people;

    Delegations(JdbcClient jdbc, PersonRepository people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Transactional
    public long name(long serviceId, String deputy, LocalDate startsOn, LocalDate endsOn, String by) {
        Person person = people.find(deputy).orElseThrow(() -> new IllegalArgumentException("No user " + deputy));
        if (person.has(Role.DATA_OFFICER)) {
            throw new NotAllowedException(person.displayName() + " is a data officer and cannot sign off a return,"
                    + " so cannot be a director's deputy");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        return jdbc.sql("""
                insert into delegation (service_id, deputy, starts_on, ends_on, created_by)
                values (:s, :d, :from, :to, :by) returning id""")
                .param("s", serviceId).param("d", deputy).param("from", Date.valueOf(startsOn))
                .param("to", Date.valueOf(endsOn)).param("by", by).query(Long.class).single();
    }

    public List<String> activeDeputies(long serviceId, LocalDate on) {
        return jdbc.sql("""
                select distinct deputy from delegation where service_id = :s and :on between starts_on and ends_on
                order by deputy""").param("s", serviceId).param("on", Date.valueOf(on)).query(String.class).list();
    }

    public List<Long> servicesDeputisedBy(String username, LocalDate on) {
        return jdbc.sql("select distinct service_id from delegation where deputy = :u and :on between starts_on and ends_on")
                .param("u", username).param("on", Date.valueOf(on)).query(Long.class).list();
    }

    public List<Delegation> forService(long serviceId) {
        return jdbc.sql("select * from delegation where service_id = :s order by starts_on desc").param("s", serviceId)
                .query((rs, n) -> new Delegation(rs.getLong("id"), rs.getLong("service_id"), rs.getString("deputy"),
                        rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                        rs.getString("created_by")))
                .list();
    }
}
