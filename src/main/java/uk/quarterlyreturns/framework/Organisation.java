package uk.quarterlyreturns.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Directorates, services and themes, found or created by name as imports name them. */
@Repository
public class Organisation {

    public record Directorate(long id, String name) { }

    public record ServiceUnit(long id, String name, long directorateId, String directorateName) { }

    /**
     * Why a name a file or form gives is no directorate or service here: a new council's come from its first
     * framework, so a people file sent before it is told which to import first.
     *
     * @param kind "service" or "directorate"
     */
    public static String noneCalled(String kind, String name) {
        return "No " + kind + " called " + name + ": directorates and services come from a year's framework, so"
                + " import the framework that names it first (on the Framework screen), or correct the name";
    }

    /** Where the services come from, for a screen that has none to show yet. */
    public static final String NO_SERVICES_YET = "No services yet: directorates and services come from a year's"
            + " framework. Import it on the Framework screen first.";

    private final JdbcClient jdbc;

    Organisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the organisation's names (directorates, services, themes) until the transaction ends: whatever creates
     * one reads what exists after taking this, so two transactions, say imports of two years, never both create the
     * same name (the second would fail on the name's unique key when the first commits).
     */
    public void lockNames() {
        jdbc.sql("select pg_advisory_xact_lock(" + NAMES_LOCK + ", 0)").query(rs -> { });
    }

    /** The first key of the names lock, apart from the framework import's lock of a year. */
    private static final int NAMES_LOCK = 1805;

    public long directorate(String name) {
        return findOrCreate("directorate", name);
    }

    public long theme(String name) {
        return findOrCreate("theme", name);
    }

    /**
     * The service's id, creating it under the directorate when new. Outside a year's framework a service
     * never moves directorate silently; a framework import places services per year with {@link YearStructure}.
     */
    public long service(String name, long directorateId) {
        Optional<ServiceUnit> existing = findService(name);
        if (existing.isEmpty()) {
            lockNames(); // then look again: another transaction may have just created it
            existing = findService(name);
        }
        if (existing.isPresent()) {
            if (existing.get().directorateId() != directorateId) {
                throw new IllegalArgumentException("Service " + name + " belongs to directorate "
                        + existing.get().directorateName());
            }
            return existing.get().id();
        }
        return jdbc.sql("insert into service (name, directorate_id) values (:n, :d) returning id")
                .param("n", name).param("d", directorateId).query(Long.class).single();
    }

    public Optional<ServiceUnit> findService(String name) {
        return jdbc.sql(SERVICES + " where s.name = :n").param("n", name).query(ServiceUnit.class).optional();
    }

    public Optional<ServiceUnit> findService(long id) {
        return jdbc.sql(SERVICES + " where s.id = :id").param("id", id).query(ServiceUnit.class).optional();
    }

    public Optional<Long> findDirectorate(String name) {
        return jdbc.sql("select id from directorate where name = :n").param("n", name).query(Long.class).optional();
    }

    public List<ServiceUnit> services() {
        return jdbc.sql(SERVICES + " order by d.name, s.name").query(ServiceUnit.class).list();
    }

    public List<Directorate> directorates() {
        return jdbc.sql("select id, name from directorate order by name").query(Directorate.class).list();
    }

    private static final String SERVICES = """
            select s.id, s.name, s.directorate_id, d.name as directorate_name
            from service s join directorate d on d.id = s.directorate_id""";

    /** A name found costs one look-up; only a missing one takes the names lock and looks again before creating. */
    private long findOrCreate(String table, String name) {
        return find(table, name).orElseGet(() -> {
            lockNames();
            return find(table, name).orElseGet(() -> jdbc.sql("insert into " + table + " (name) values (:n)"
                    + " returning id").param("n", name).query(Long.class).single());
        });
    }

    private Optional<Long> find(String table, String name) {
        return jdbc.sql("select id from " + table + " where name = :n").param("n", name).query(Long.class).optional();
    }
}
