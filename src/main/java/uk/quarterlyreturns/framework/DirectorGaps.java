package uk.quarterlyreturns.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * After a framework import: a restructure that renames a directorate makes a new one, and its strategic director
 * stays with the old one, so the year's escalations for its services go to the performance team and the director
 * sees nothing of the year. Nothing is refused; the import's result says so, in one rule for the screen and the API.
 * A directorate recorded as continuing as another ({@link DirectorateContinuations}) is no gap.
 */
@Repository
public class DirectorGaps {

    /** A strategic director and the directorate they belong to. */
    public record Director(String name, String directorate) { }

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectorGaps(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The note for the year, when it has directorates with no strategic director and some are elsewhere; none for a
     * year already over (an earlier year's framework loaded for its history), whose directorates today's strategic
     * directors need not lead.
     */
    Optional<String> note(ReportingYear year) {
        if (over(year, LocalDate.now(clock.withZone(ReportingYear.LONDON)))) {
            return Optional.empty();
        }
        List<String> directorless = jdbc.sql("""
                select distinct d.name from service_placement p join directorate d on d.id = p.directorate_id
                where p.year_id = :y and""" + YearStructure.HOLDS_WORK + """
                and not exists (select 1 from""" + STRATEGIC_DIRECTORS + """
                    where u.directorate_id = d.id)
                and not exists (select 1 from directorate_continuation c
                    where c.year_id = :y and c.continues_as_id = d.id)
                order by d.name""").param("y", year.id()).query(String.class).list();
        List<Director> elsewhere = jdbc.sql("""
                select u.display_name, d.name from""" + STRATEGIC_DIRECTORS + """
                join directorate d on d.id = u.directorate_id
                where not exists (select 1 from service_placement p
                    where p.year_id = :y and p.directorate_id = u.directorate_id and""" + YearStructure.HOLDS_WORK
                + """
                    )
                and not exists (select 1 from directorate_continuation c
                    where c.year_id = :y and c.directorate_id = u.directorate_id)
                order by d.name, u.display_name""").param("y", year.id())
                .query((rs, n) -> new Director(rs.getString(1), rs.getString(2))).list();
        return note(year.display(), directorless, elsewhere);
    }

    /**
     * The enabled strategic directors, each with the directorate they lead in year :y as u.directorate_id: someone
     * with a service follows it (where the year places it, else where it is now), not the directorate stored when
     * they were placed, which a restructure leaves behind.
     */
    private static final String STRATEGIC_DIRECTORS = """
             (select a.display_name, case when a.service_id is null then a.directorate_id
                    else coalesce((select p.directorate_id from service_placement p
                                   where p.year_id = :y and p.service_id = a.service_id),
                                  (select s.directorate_id from service s where s.id = a.service_id)) end
                    as directorate_id
                from app_user a where a.enabled and exists (select 1 from user_role r
                    where r.username = a.username and r.role = 'STRATEGIC_DIRECTOR')) u
            """;

    static boolean over(ReportingYear year, LocalDate today) {
        return !year.startsOn().plusYears(1).isAfter(today);
    }

    /** The words, only when both are true: a directorate with nobody, and a strategic director with no directorate. */
    public static Optional<String> note(String year, List<String> directorless, List<Director> elsewhere) {
        if (directorless.isEmpty() || elsewhere.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("With no strategic director in " + year + ": " + String.join(", ", directorless)
                + ". Strategic directors of directorates not in the " + year + " framework: "
                + elsewhere.stream().map(d -> d.name() + " (" + d.directorate() + ")").collect(Collectors.joining(", "))
                + ". If a directorate was renamed, say which directorate it continues as (Directorates and services,"
                + " on the Framework screen): its strategic directors move when the year begins. Otherwise move them"
                + " under Users: until then the year's escalations go to the performance team and they see nothing of"
                + " the year.");
    }
}
