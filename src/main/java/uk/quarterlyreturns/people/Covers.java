package uk.quarterlyreturns.people;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;

/**
 * A strategic director names cover for a period: another strategic director who, within it, also receives the
 * escalations meant for them and may read the returns escalated, and nothing more (no countersigning). Kept in the
 * delegation table as a delegation of their directorate; named_for is the strategic director covered. Only they or an
 * administrator name, end or withdraw it; it ends when either stops being a strategic director who may
 * (CoverEndings).
 */
@Service
public class Covers {

    private static final java.time.format.DateTimeFormatter UK = uk.quarterlyreturns.base.calendar.UkDateFormat
            .ofPattern("d MMM yyyy");

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;

    Covers(JdbcClient jdbc, PersonRepository people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /** Someone covering a strategic director on a day, until the last day of the period. */
    public record Covering(Person cover, Person covered, LocalDate until) {
    }

    @Transactional
    public long name(String covered, String cover, LocalDate startsOn, LocalDate endsOn, String by) {
        people.lockRolesAndAccess(); // takes turns with changes to people, which may end covers
        Person director = requireMayName(covered, by);
        Person person = people.find(cover).orElseThrow(() -> new IllegalArgumentException("No user " + cover));
        if (!person.enabled()) {
            throw new IllegalArgumentException(person.displayName() + " is disabled and cannot sign in");
        }
        DelegationRules.whyNotCover(person).ifPresent(why -> {
            throw new NotAllowedException(why);
        });
        if (person.username().equals(covered)) {
            throw new IllegalArgumentException("Cover is someone else: choose another strategic director");
        }
        DelegationRules.checkPeriod(startsOn, endsOn, LocalDate.now(clock), "cover");
        forDirector(covered).stream().filter(d -> d.deputy().equals(cover) && !d.withdrawn()
                && !d.startsOn().isAfter(endsOn) && !d.endsOn().isBefore(startsOn)).findFirst().ifPresent(d -> {
                    throw new IllegalArgumentException(person.displayName() + " already covers "
                            + director.displayName() + " from " + UK.format(d.startsOn()) + " to "
                            + UK.format(d.endsOn()) + ": change the dates, or end that cover first");
                });
        return jdbc.sql("""
                insert into delegation (directorate_id, deputy, starts_on, ends_on, created_by, created_at, named_for)
                values (:dir, :d, :from, :to, :by, :at, :for) returning id""")
                .param("dir", director.directorateId()).param("d", cover).param("from", Date.valueOf(startsOn))
                .param("to", Date.valueOf(endsOn)).param("by", by).param("for", covered)
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** Ends a cover under way today, or withdraws one still to come (as a deputy's, Delegations.end). */
    @Transactional
    public Delegation end(long id, String by) {
        people.lockRolesAndAccess();
        Delegation d = jdbc.sql("select * from delegation where id = :id and directorate_id is not null")
                .param("id", id).query(Delegation::read).optional()
                .orElseThrow(() -> new IllegalArgumentException("No cover " + id));
        requireMayName(d.namedFor(), by);
        LocalDate today = LocalDate.now(clock);
        if (!d.state(today).open()) {
            throw new IllegalStateException("This cover is already over");
        }
        DeputyEndings.closeRow(jdbc, clock, d, today, by, null, AccountWay.SCREEN);
        return forDirector(d.namedFor()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Every cover named for the strategic director, latest first. */
    public List<Delegation> forDirector(String covered) {
        return jdbc.sql("""
                select * from delegation where directorate_id is not null and named_for = :u
                order by starts_on desc, id desc""").param("u", covered).query(Delegation::read).list();
    }

    /** Whether the person may name cover for this strategic director: they themselves, or an administrator. */
    public boolean mayName(String covered, String by) {
        return people.find(covered).filter(DirectorLeft::leadsDirectorate).isPresent()
                && (covered.equals(by) || people.activeWith(by, Role.ADMIN));
    }

    /** The strategic directors whose cover the person may name: everyone's for an administrator, else their own. */
    public List<Person> coverNamedBy(String by) {
        boolean admin = people.activeWith(by, Role.ADMIN); // as mayName decides, without reading each director again
        return people.findByRole(Role.STRATEGIC_DIRECTOR).stream().filter(DirectorLeft::leadsDirectorate)
                .filter(p -> admin || p.username().equals(by)).toList();
    }

    /** Whom the strategic director could name as cover: other enabled strategic directors who hold no duty apart. */
    public List<Person> candidates(String covered) {
        return people.findByRole(Role.STRATEGIC_DIRECTOR).stream().filter(DelegationRules::mayBeCover)
                .filter(p -> !p.username().equals(covered)).toList();
    }

    /**
     * The covers on the day of these strategic directors, each while both may still be (a cover since given a role
     * apart, or a director no longer in post, is left out whatever the row says). Two statements however many.
     */
    public List<Covering> coveringOn(Collection<Person> directors, LocalDate on) {
        Map<String, Person> covered = directors.stream().filter(DirectorLeft::leadsDirectorate)
                .collect(Collectors.toMap(Person::username, Function.identity(), (a, b) -> a));
        if (covered.isEmpty()) {
            return List.of();
        }
        List<Delegation> rows = jdbc.sql("""
                select * from delegation where directorate_id is not null and named_for in (:u) and not withdrawn
                and :on between starts_on and ends_on order by deputy, named_for""").param("u", covered.keySet())
                .param("on", Date.valueOf(on)).query(Delegation::read).list();
        return covering(rows, covered);
    }

    /** The strategic directors this person covers on the day, while both may (as coveringOn). */
    public List<Person> coveredBy(String cover, LocalDate on) {
        List<Delegation> rows = jdbc.sql("""
                select * from delegation where directorate_id is not null and deputy = :u and not withdrawn
                and :on between starts_on and ends_on""").param("u", cover).param("on", Date.valueOf(on))
                .query(Delegation::read).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Person> covered = people.findAll(rows.stream().map(Delegation::namedFor).distinct().toList())
                .stream().filter(DirectorLeft::leadsDirectorate)
                .collect(Collectors.toMap(Person::username, Function.identity()));
        return covering(rows, covered).stream().map(Covering::covered).toList();
    }

    private List<Covering> covering(List<Delegation> rows, Map<String, Person> covered) {
        Map<String, Person> covers = people.findAll(rows.stream().map(Delegation::deputy).distinct().toList())
                .stream().filter(DelegationRules::mayBeCover)
                .collect(Collectors.toMap(Person::username, Function.identity()));
        return rows.stream().filter(d -> covers.containsKey(d.deputy()) && covered.containsKey(d.namedFor()))
                .map(d -> new Covering(covers.get(d.deputy()), covered.get(d.namedFor()), d.endsOn())).toList();
    }

    private Person requireMayName(String covered, String by) {
        if (!mayName(covered, by)) {
            throw new NotAllowedException("Only a strategic director, for themselves, or an administrator may name"
                    + " or end a strategic director's cover");
        }
        return people.find(covered).orElseThrow();
    }
}
