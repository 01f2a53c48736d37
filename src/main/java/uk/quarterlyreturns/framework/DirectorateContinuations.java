package uk.quarterlyreturns.framework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A restructure renames a directorate, and the fixed framework file cannot say so: the new name arrives as a new
 * directorate. The performance team says it instead, for the year: "Adults continues as Adult Social Care". Its
 * strategic directors move to the new directorate when the year begins (at once if it has), and earlier years keep
 * the old directorate, with their returns and reports under its name.
 */
@Service
public class DirectorateContinuations {

    /** One continuation recorded for a year; applied once its strategic directors were moved. */
    public record Continuation(String directorate, String continuesAs, String recordedBy, boolean applied) {
    }

    /**
     * What recording a continuation did: the strategic directors it moves, and the day they move (the year's first,
     * or today when the year has begun and they moved at once).
     */
    public record Recorded(String year, String directorate, String continuesAs, List<String> strategicDirectors,
            LocalDate movesOn, boolean moved) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final MeasureRepository measures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectorateContinuations(JdbcClient jdbc, Organisation organisation, MeasureRepository measures,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.measures = measures;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that the directorate, which the year's framework no longer has, continues as one it has; replaces an
     * earlier choice for the same directorate and year while its strategic directors have not yet moved.
     *
     * @throws IllegalArgumentException for a year already over, an unknown name, a directorate the year still has,
     *         one the year does not have as the continuation, or another choice once its directors have moved
     */
    @Transactional
    public Recorded record(ReportingYear year, String directorate, String continuesAs, String by) {
        LocalDate today = LocalDate.now(clock.withZone(ReportingYear.LONDON));
        if (DirectorGaps.over(year, today)) {
            throw new IllegalArgumentException(year.display() + " is over: its directorates keep the strategic"
                    + " directors they had");
        }
        measures.lockYear(year.id()); // the year's directorates stay as read until this commits
        Map<String, Long> ofYear = directoratesOf(year);
        long from = organisation.findDirectorate(directorate.strip())
                .orElseThrow(() -> new IllegalArgumentException("There is no directorate called " + directorate));
        if (ofYear.containsValue(from)) {
            throw new IllegalArgumentException(directorate + " is still a directorate in the " + year.display()
                    + " framework: only a directorate the year no longer has continues as another");
        }
        Long to = ofYear.get(continuesAs.strip());
        if (to == null) {
            throw new IllegalArgumentException("The " + year.display() + " framework has no directorate called "
                    + continuesAs + (ofYear.isEmpty() ? "" : ": it has " + String.join(", ",
                    ofYear.keySet().stream().sorted().toList())));
        }
        refuseAnotherChoiceOnceMoved(year, directorate, from, to);
        List<String> directors = strategicDirectors(from);
        jdbc.sql("""
                insert into directorate_continuation (year_id, directorate_id, continues_as_id, recorded_by,
                    recorded_at) values (:y, :from, :to, :by, :at)
                on conflict (year_id, directorate_id) do update set continues_as_id = excluded.continues_as_id,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, applied_at = null""")
                .param("y", year.id()).param("from", from).param("to", to).param("by", by)
                .param("at", Timestamp.from(clock.instant())).update();
        boolean begun = !today.isBefore(year.startsOn());
        if (begun) {
            apply(year.id(), from, to, by);
        }
        return new Recorded(year.label(), directorate.strip(), continuesAs.strip(), directors,
                begun ? today : year.startsOn(), begun);
    }

    /** Its strategic directors moved already: choosing again would leave them where the first choice put them. */
    private void refuseAnotherChoiceOnceMoved(ReportingYear year, String directorate, long from, long to) {
        jdbc.sql("""
                select t.name from directorate_continuation c join directorate t on t.id = c.continues_as_id
                where c.year_id = :y and c.directorate_id = :from and c.applied_at is not null
                    and c.continues_as_id <> :to""").param("y", year.id()).param("from", from).param("to", to)
                .query(String.class).optional().ifPresent(earlierChoice -> {
                    throw new IllegalArgumentException(directorate + " already continues as " + earlierChoice
                            + ", and its strategic directors have moved there: if that was wrong, move them under"
                            + " Users");
                });
    }

    /**
     * Why nobody should be placed in the directorate now: it continues as another since a year that has begun, and
     * the year under way does not have it again. A people file prepared before the restructure would otherwise put
     * its strategic directors back where no return escalates.
     */
    public Optional<String> whyNotPlacedIn(long directorateId) {
        return jdbc.sql("""
                select f.name, t.name, y.label from directorate_continuation c join reporting_year y on y.id = c.year_id
                     join directorate f on f.id = c.directorate_id join directorate t on t.id = c.continues_as_id
                where f.id = :d and""" + CONTINUED_SINCE_BEGUN + " order by y.starts_on desc limit 1")
                .param("d", directorateId).param("today", LocalDate.now(clock.withZone(ReportingYear.LONDON)))
                .query((rs, n) -> rs.getString(1) + " continues as " + rs.getString(2) + " since "
                        + rs.getString(3).replace('-', '/') + ": place them in " + rs.getString(2))
                .optional();
    }

    /** The directorates someone may be placed in now: all but those {@link #whyNotPlacedIn} refuses, by name. */
    public List<Organisation.Directorate> placeable() {
        return jdbc.sql("""
                select f.id, f.name from directorate f where not exists (select 1 from directorate_continuation c
                    where c.directorate_id = f.id and""" + CONTINUED_SINCE_BEGUN + ") order by f.name")
                .param("today", LocalDate.now(clock.withZone(ReportingYear.LONDON)))
                .query(Organisation.Directorate.class).list();
    }

    /** Continuation c of directorate f applies, and the year under way on :today does not have f again. */
    private static final String CONTINUED_SINCE_BEGUN = """
             c.applied_at is not null and not exists (
                select 1 from service_placement p join reporting_year n on n.id = p.year_id
                where p.directorate_id = f.id and :today >= n.starts_on and :today < n.starts_on + interval '1 year'
                    and
            """ + YearStructure.HOLDS_WORK + ")";

    /** The year's continuations, by the earlier directorate's name. */
    public List<Continuation> ofYear(long yearId) {
        return jdbc.sql("""
                select f.name as directorate, t.name as continues_as, c.recorded_by, c.applied_at is not null as applied
                from directorate_continuation c join directorate f on f.id = c.directorate_id
                     join directorate t on t.id = c.continues_as_id
                where c.year_id = :y order by f.name""").param("y", yearId).query(Continuation.class).list();
    }

    /** Moves the strategic directors of the continuations of the year under way that are not yet applied. */
    @Transactional
    public int follow(LocalDate today) {
        record Due(long yearId, long directorateId, long continuesAsId, String recordedBy) { }
        List<Due> due = jdbc.sql("""
                select c.year_id, c.directorate_id, c.continues_as_id, c.recorded_by from directorate_continuation c
                join reporting_year y on y.id = c.year_id
                where c.applied_at is null and :today >= y.starts_on and :today < y.starts_on + interval '1 year'
                order by y.starts_on, c.directorate_id""").param("today", today).query(Due.class).list();
        due.forEach(d -> apply(d.yearId(), d.directorateId(), d.continuesAsId(), d.recordedBy()));
        return due.size();
    }

    private void apply(long yearId, long from, long to, String by) {
        events.publishEvent(new DirectorateContinued(from, to, by));
        jdbc.sql("""
                update directorate_continuation set applied_at = :at where year_id = :y and directorate_id = :from""")
                .param("at", Timestamp.from(clock.instant())).param("y", yearId).param("from", from).update();
    }

    /**
     * The year's directorates, by name: those it places a service with measures or key actions in. A service a
     * restructure file merged into another or dropped keeps its placement, empty, under the old directorate.
     */
    public List<String> directorates(ReportingYear year) {
        return directoratesOf(year).keySet().stream().sorted().toList();
    }

    private Map<String, Long> directoratesOf(ReportingYear year) {
        return jdbc.sql("""
                select distinct d.name, d.id from service_placement p join directorate d on d.id = p.directorate_id
                where p.year_id = :y and""" + YearStructure.HOLDS_WORK).param("y", year.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> strategicDirectors(long directorateId) {
        return jdbc.sql("""
                select u.display_name from app_user u join user_role r on r.username = u.username
                    and r.role = 'STRATEGIC_DIRECTOR'
                where u.enabled and u.directorate_id = :d and u.service_id is null order by u.display_name""")
                .param("d", directorateId).query(String.class).list();
    }
}
