package uk.quarterlyreturns.framework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Directorates and services as one reporting year has them. Councils restructure: a framework file
 * places each service for its own year, so an earlier year keeps its structure, its returns and its
 * reports. A service stays the same service across years by its name, or by its service code when renamed.
 */
@Repository
public class YearStructure {

    /**
     * A service as placed in one year, with how many measures and key actions it owns there and who may sign off its
     * return today: its enabled service directors and any deputy named for today.
     */
    public record PlacedService(long serviceId, String serviceCode, String name, String directorate,
            int measures, int keyActions, List<String> directors) {

        /** It owes returns (a key action alone makes one), and nobody could sign them off. */
        public boolean lacksDirector() {
            return (measures > 0 || keyActions > 0) && directors.isEmpty();
        }
    }

    /**
     * Placement p holds something in its year: a measure or a key action. A restructure file that merges or drops a
     * service leaves its placement empty (kept: a return already issued to it refers to it), and a directorate left
     * with nothing but empty placements is no longer one of the year's.
     */
    static final String HOLDS_WORK = """
             (exists (select 1 from measure m where m.year_id = p.year_id and m.service_id = p.service_id)
              or exists (select 1 from key_action a where a.year_id = p.year_id and a.service_id = p.service_id))
            """;

    /** Where one year has a service: its name and directorate there. */
    record Placement(long serviceId, String name, String directorate) { }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Clock clock;

    YearStructure(JdbcClient jdbc, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * Places the service in the directorate for the year, creating the service when no year knows it.
     * The placement in the reporting year under way today is also the service's current one, which people
     * and their duties follow; next year's framework, imported early, changes nothing for them until then.
     *
     * @param serviceCode the service's stable code, or null
     * @throws IllegalArgumentException when the code and the name point at two different services
     */
    public long place(ReportingYear year, String directorate, String service, String serviceCode) {
        return place(year, organisation.directorate(directorate), service, serviceCode);
    }

    /** As {@link #place(ReportingYear, String, String, String)}, in a directorate already found. */
    long place(ReportingYear year, long directorateId, String service, String serviceCode) {
        organisation.lockNames();
        long serviceId = find(year, service, serviceCode).orElseGet(() -> create(service, directorateId));
        jdbc.sql("""
                insert into service_placement (year_id, service_id, directorate_id, name, service_code)
                values (:y, :s, :d, :n, :c)
                on conflict (year_id, service_id) do update set directorate_id = excluded.directorate_id,
                    name = excluded.name, service_code = coalesce(excluded.service_code, service_placement.service_code)""")
                .param("y", year.id()).param("s", serviceId).param("d", directorateId).param("n", service)
                .param("c", serviceCode).update();
        if (isCurrent(year)) {
            jdbc.sql("update service set name = :n, directorate_id = :d where id = :s")
                    .param("n", service).param("d", directorateId).param("s", serviceId).update();
        }
        return serviceId;
    }

    /**
     * A key action's service in the year, found as {@link #place} finds it, and placed in the directorate given only
     * when the year has no place for it yet. Never the service's current placement nor another year's: a key actions
     * file moves no service (the year's framework places them).
     */
    Placement placeIfAbsent(ReportingYear year, String directorate, String service) {
        organisation.lockNames();
        long directorateId = organisation.directorate(directorate);
        long serviceId = find(year, service, null).orElseGet(() -> create(service, directorateId));
        jdbc.sql("""
                insert into service_placement (year_id, service_id, directorate_id, name) values (:y, :s, :d, :n)
                on conflict (year_id, service_id) do nothing""")
                .param("y", year.id()).param("s", serviceId).param("d", directorateId).param("n", service).update();
        return jdbc.sql("""
                select p.name, d.name from service_placement p join directorate d on d.id = p.directorate_id
                where p.year_id = :y and p.service_id = :s""").param("y", year.id()).param("s", serviceId)
                .query((rs, n) -> new Placement(serviceId, rs.getString(1), rs.getString(2))).single();
    }

    /** Of these services, those nobody could sign a return off for today: no enabled director, no deputy for today. */
    public Set<Long> nobodyToSignOff(Collection<Long> serviceIds) {
        return Set.copyOf(jdbc.sql("select s.id from service s where s.id = any(:ids) and not exists (select 1 from"
                + " app_user u where " + SIGNS_OFF + ")").param("ids", serviceIds.toArray(Long[]::new))
                .param("today", today()).query(Long.class).list());
    }

    /** Whether user u may sign off service s's return today: its enabled service director, or its deputy for today. */
    private static final String SIGNS_OFF = """
            u.enabled and ((u.service_id = s.id and exists (select 1 from user_role r
                where r.username = u.username and r.role = 'SERVICE_DIRECTOR'))
                or exists (select 1 from delegation g where g.service_id = s.id
                and g.deputy = u.username and not g.withdrawn and g.ended_at is null
                and :today between g.starts_on and g.ends_on))""";

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportingYear.LONDON));
    }

    /** The year's services by directorate, each with its measure count and enabled service directors. */
    public List<PlacedService> services(long yearId) {
        return jdbc.sql("""
                select s.id, p.service_code, p.name, d.name as directorate,
                       (select count(*) from measure m where m.year_id = p.year_id and m.service_id = s.id) as measures,
                       (select count(*) from key_action a where a.year_id = p.year_id and a.service_id = s.id)
                           as key_actions,
                       coalesce((select string_agg(u.display_name, ';' order by u.display_name) from app_user u
                                 where\s""" + SIGNS_OFF + """
                                 ), '') as directors
                from service_placement p join service s on s.id = p.service_id
                     join directorate d on d.id = p.directorate_id
                where p.year_id = :y order by d.name, p.name""")
                .param("y", yearId).param("today", today())
                .query((rs, n) -> new PlacedService(rs.getLong("id"), rs.getString("service_code"), rs.getString("name"),
                        rs.getString("directorate"), rs.getInt("measures"), rs.getInt("key_actions"),
                        rs.getString("directors").isEmpty() ? List.of() : List.of(rs.getString("directors").split(";"))))
                .list();
    }

    /** Services that own measures or key actions in the year but no enabled director: nobody could see their return. */
    public List<PlacedService> withoutDirector(long yearId) {
        return services(yearId).stream().filter(PlacedService::lacksDirector).toList();
    }

    /**
     * Those of them that owe a return in the quarter: an annual measure due in another quarter makes none, so a
     * service with nothing else holds up no cycle but its own quarter's.
     */
    public List<PlacedService> withoutDirector(long yearId, int quarter) {
        Set<Long> owing = Set.copyOf(owingServices(yearId, quarter));
        return withoutDirector(yearId).stream().filter(s -> owing.contains(s.serviceId())).toList();
    }

    /**
     * The services that own a measure due in the quarter (every quarterly one, an annual one in its due quarter, within
     * the quarters it is reported in) or a key action reported in it: those issued a return for it.
     */
    public List<Long> owingServices(long yearId, int quarter) {
        return jdbc.sql("""
                select distinct service_id from measure
                where year_id = :y and (frequency = 'QUARTERLY' or due_quarter = :q) and %s
                union select distinct service_id from key_action where year_id = :y and %s
                """.formatted(ReportedUntil.reportedInSql("measure", ":q"),
                        KeyAction.reportedInSql("key_action", ":q")))
                .param("y", yearId).param("q", quarter).query(Long.class).list();
    }

    /** Copies one year's placements to another (a rollover), leaving the earlier year as it is. */
    public void copy(long fromYearId, long toYearId) {
        jdbc.sql("""
                insert into service_placement (year_id, service_id, directorate_id, name, service_code)
                select :to, service_id, directorate_id, name, service_code from service_placement where year_id = :from
                on conflict do nothing""").param("from", fromYearId).param("to", toYearId).update();
    }

    private Optional<Long> find(ReportingYear year, String name, String code) {
        Optional<Long> byName = byName(year, name);
        if (code == null) {
            return byName;
        }
        Optional<Long> byCode = jdbc.sql("""
                select p.service_id from service_placement p join reporting_year y on y.id = p.year_id
                where p.service_code = :c order by y.starts_on desc limit 1""").param("c", code)
                .query(Long.class).optional();
        if (byCode.isPresent()) {
            if (byName.isPresent() && !byName.get().equals(byCode.get())) {
                throw new IllegalArgumentException("Service code " + code + " belongs to another service than "
                        + name);
            }
            return byCode;
        }
        return byName;
    }

    /** This year's service of that name, else the current one, else the latest year that used the name. */
    private Optional<Long> byName(ReportingYear year, String name) {
        return jdbc.sql("""
                select id from (
                    select p.service_id as id, 0 as rank, y.starts_on from service_placement p
                        join reporting_year y on y.id = p.year_id where p.year_id = :y and p.name = :n
                    union all select s.id, 1, null from service s where s.name = :n
                    union all select p.service_id, 2, y.starts_on from service_placement p
                        join reporting_year y on y.id = p.year_id where p.name = :n) found
                order by rank, starts_on desc nulls last limit 1""")
                .param("y", year.id()).param("n", name).query(Long.class).optional();
    }

    private long create(String name, long directorateId) {
        return jdbc.sql("insert into service (name, directorate_id) values (:n, :d) returning id")
                .param("n", name).param("d", directorateId).query(Long.class).single();
    }

    /** Whether the year is the one under way today, whose placements are the services' current ones. */
    boolean isCurrent(ReportingYear year) {
        LocalDate today = today();
        return !today.isBefore(year.startsOn()) && today.isBefore(year.startsOn().plusYears(1));
    }
}
