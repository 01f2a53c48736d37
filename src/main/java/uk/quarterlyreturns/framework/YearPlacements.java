package uk.quarterlyreturns.framework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads and writes behind placing a whole framework file's services at once: what the year and the other
 * years already hold for the file's names and codes, read in a few statements, and the file's new directorates,
 * services and placements written in one statement each.
 */
@Repository
class YearPlacements {

    /** A service as one year places it. */
    record Slot(String name, String directorate, String serviceCode) { }

    /** A service another year places, and when that year starts. */
    record Dated(long serviceId, LocalDate startsOn) { }

    /** A service's placement to write: its id, and its place and name in the year. */
    record Placing(long serviceId, Slot slot) { }

    private final JdbcClient jdbc;

    YearPlacements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's placements by service id. */
    Map<Long, Slot> ofYear(long yearId) {
        Map<Long, Slot> out = new HashMap<>();
        jdbc.sql("""
                select p.service_id, p.name, d.name as directorate, p.service_code from service_placement p
                join directorate d on d.id = p.directorate_id where p.year_id = :y""").param("y", yearId)
                .query(rs -> {
                    out.put(rs.getLong(1), new Slot(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return out;
    }

    /** Services by their current name, for the given names. */
    Map<String, Long> servicesNamed(Collection<String> names) {
        return pairs("select name, id from service where name = any(:names)", names);
    }

    /** For each given name, the service the latest other year places under it. */
    Map<String, Long> otherYearsNamed(long yearId, Collection<String> names) {
        return pairs("""
                select distinct on (p.name) p.name, p.service_id from service_placement p
                join reporting_year y on y.id = p.year_id where p.year_id <> :y and p.name = any(:names)
                order by p.name, y.starts_on desc""", yearId, names);
    }

    /** For each given service code, the service the latest other year gives it to, with that year's start. */
    Map<String, Dated> otherYearsCoded(long yearId, Collection<String> codes) {
        Map<String, Dated> out = new HashMap<>();
        jdbc.sql("""
                select distinct on (p.service_code) p.service_code, p.service_id, y.starts_on from service_placement p
                join reporting_year y on y.id = p.year_id where p.year_id <> :y and p.service_code = any(:names)
                order by p.service_code, y.starts_on desc""").param("y", yearId).param("names", array(codes))
                .query(rs -> {
                    out.put(rs.getString(1), new Dated(rs.getLong(2), rs.getObject(3, LocalDate.class)));
                });
        return out;
    }

    /**
     * The directorates' or themes' names matching these in any letters and spacing ({@link NameSpellings#key}), each
     * with its id.
     *
     * @param table directorate or theme
     */
    List<Map.Entry<String, Long>> spelt(String table, Collection<String> names) {
        return entries("select name, id from " + table + " where " + NameSpellings.sqlKey("name") + " = any(:keys)",
                names);
    }

    /** As {@link #spelt}, services' current names and the names any year places them under. */
    List<Map.Entry<String, Long>> servicesSpelt(Collection<String> names) {
        return entries("select name, id from service where " + NameSpellings.sqlKey("name") + " = any(:keys)"
                + " union select name, service_id from service_placement where " + NameSpellings.sqlKey("name")
                + " = any(:keys)", names);
    }

    /** As {@link #spelt}, the service codes any year gives services, each with its service. */
    List<Map.Entry<String, Long>> codesSpelt(Collection<String> codes) {
        return entries("select distinct service_code, service_id from service_placement where service_code is not null"
                + " and " + NameSpellings.sqlKey("service_code") + " = any(:keys)", codes);
    }

    private List<Map.Entry<String, Long>> entries(String sql, Collection<String> names) {
        return jdbc.sql(sql).param("keys", array(names.stream().map(NameSpellings::key).toList()))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
    }

    /** The directorates of these names by name, created when missing. */
    Map<String, Long> directorates(Collection<String> names) {
        Map<String, Long> out = pairs("select name, id from directorate where name = any(:names)", names);
        List<String> missing = names.stream().filter(n -> !out.containsKey(n)).distinct().toList();
        if (!missing.isEmpty()) {
            out.putAll(pairs("insert into directorate (name) select unnest(:names) returning name, id", missing));
        }
        return out;
    }

    /** Creates the services (names distinct), each in its directorate; returns their ids by name. */
    Map<String, Long> createServices(List<String> names, List<Long> directorateIds) {
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("""
                insert into service (name, directorate_id) select * from unnest(:names, :directorates)
                returning name, id""").param("names", array(names))
                .param("directorates", directorateIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /** Writes the year's placements of these services, in their directorates (ids by name). */
    void place(long yearId, List<Placing> placings, Map<String, Long> directorateIds) {
        if (placings.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into service_placement (year_id, service_id, directorate_id, name, service_code)
                select :y, * from unnest(:services, :directorates, :names, :codes)
                on conflict (year_id, service_id) do update set directorate_id = excluded.directorate_id,
                    name = excluded.name, service_code = excluded.service_code""")
                .param("y", yearId).param("services", placings.stream().map(Placing::serviceId).toArray(Long[]::new))
                .param("directorates", placings.stream().map(p -> directorateIds.get(p.slot().directorate()))
                        .toArray(Long[]::new))
                .param("names", placings.stream().map(p -> p.slot().name()).toArray(String[]::new))
                .param("codes", placings.stream().map(p -> p.slot().serviceCode()).toArray(String[]::new)).update();
    }

    /** Makes these placements the services' current names and directorates. */
    void makeCurrent(List<Placing> placings, Map<String, Long> directorateIds) {
        if (placings.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update service s set name = c.name, directorate_id = c.directorate_id
                from unnest(:services, :names, :directorates) as c(id, name, directorate_id)
                where s.id = c.id and (s.name, s.directorate_id) is distinct from (c.name, c.directorate_id)""")
                .param("services", placings.stream().map(Placing::serviceId).toArray(Long[]::new))
                .param("names", placings.stream().map(p -> p.slot().name()).toArray(String[]::new))
                .param("directorates", placings.stream().map(p -> directorateIds.get(p.slot().directorate()))
                        .toArray(Long[]::new)).update();
    }

    private Map<String, Long> pairs(String sql, Collection<String> names) {
        return pairs(sql, null, names);
    }

    private Map<String, Long> pairs(String sql, Long yearId, Collection<String> names) {
        Map<String, Long> out = new HashMap<>();
        var statement = jdbc.sql(sql).param("names", array(names));
        if (yearId != null) {
            statement = statement.param("y", yearId);
        }
        statement.query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    private static String[] array(Collection<String> values) {
        return values.stream().distinct().toArray(String[]::new);
    }
}
