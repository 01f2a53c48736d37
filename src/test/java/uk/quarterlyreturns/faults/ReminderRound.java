package uk.quarterlyreturns.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.ChaseSchedule;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.support.Await;

/**
 * A Q1 cycle of its own reporting year with {@code count} services, each with one data officer whose address
 * ends in {@code @<tag>.faults.test}; one reminder (3 days before the deadline) each. Opened on 1 July at 09:00,
 * it returns once every return is issued and every issue notice has left the outbox, so that the reminder round
 * that follows is the only mail. Runs inside the application it sets up: the shared test context, or a child
 * process's {@link ChildApplication}.
 */
public record ReminderRound(String tag, String year, long cycleId, int returns, Instant openedAt,
        Instant reminderAt) {

    static final ChasePolicy POLICY = ChasePolicy.parse("3", LocalTime.of(9, 0), 30, 30);

    public static ReminderRound prepare(ApplicationContext app, String tag, int startYear, int count) {
        return prepare(app, tag, startYear, count, false);
    }

    /** With directors, each service also has a director (who signs off, and is reminded too). */
    public static ReminderRound prepare(ApplicationContext app, String tag, int startYear, int count,
            boolean directors) {
        String year = ReportingYear.labelOf(startYear);
        ZonedDateTime opened = ZonedDateTime.of(startYear, 7, 1, 9, 0, 0, 0, ReportingYear.LONDON);
        ZonedDateTime deadline = ZonedDateTime.of(startYear, 7, 21, 17, 0, 0, 0, ReportingYear.LONDON);
        ZonedDateTime compilation = ZonedDateTime.of(startYear, 8, 1, 9, 0, 0, 0, ReportingYear.LONDON);
        // A running clock (an offset, not a fixed time): retries a second apart must come due.
        setClock(opened.toInstant());

        StringBuilder csv = new StringBuilder("code,title,directorate,service,theme,unit,polarity,frequency,"
                + "aggregation,target,floor,tolerance_pct,rag_scheme\n");
        for (int i = 1; i <= count; i++) {
            csv.append(tag.toUpperCase()).append('-').append(i).append(",Measure ").append(i).append(',')
                    .append(directorate(tag)).append(',').append(service(tag, i))
                    .append(",Ambitious,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,FIVE_POINT\n");
        }
        app.getBean(FrameworkImport.class).importMeasures(year,
                TabularFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), "framework.csv"));
        Organisation organisation = app.getBean(Organisation.class);
        PeopleService people = app.getBean(PeopleService.class);
        for (int i = 1; i <= count; i++) {
            Organisation.ServiceUnit unit = organisation.findService(service(tag, i)).orElseThrow();
            String username = tag + ".officer." + i;
            people.create(new Person(username, "Officer " + i, username + "@" + tag + ".faults.test",
                    EnumSet.of(Role.DATA_OFFICER), unit.id(), unit.directorateId(), true, false, false),
                    "a-long-password");
            if (directors) {
                String director = tag + ".director." + i;
                people.create(new Person(director, "Director " + i, director + "@" + tag + ".faults.test",
                        EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(), unit.directorateId(), true, false, false),
                        "a-long-password");
            }
        }

        if (!directors) {
            nameDeputies(app, tag, count, opened);
        }
        Cycle cycle = app.getBean(CycleService.class).open(year, 1, deadline.toInstant(), compilation.toInstant(),
                POLICY, "perf");
        Instant reminderAt = app.getBean(ChaseSchedule.class).plan(deadline, POLICY).reminders().get(0).at();
        ReminderRound round = new ReminderRound(tag, year, cycle.id(), count, opened.toInstant(), reminderAt);

        JdbcClient jdbc = app.getBean(JdbcClient.class);
        int notices = directors ? 2 * count : count; // to each service's staff
        Await.until(count + " returns issued and their " + notices + " notices delivered", Duration.ofMinutes(3),
                () -> round.count(jdbc, "select count(*) from service_return where cycle_id = :c") == count
                && round.count(jdbc, "select count(*) from outbox_message where cycle_id = :c"
                        + " and kind = 'RETURN_ISSUED' and status = 'DELIVERED'") == notices);
        return round;
    }

    /** Moves the process engine's clock (and so the application's) to the instant, and lets it run on. */
    public static void setClock(Instant instant) {
        ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    }

    long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).param("c", cycleId).query(Long.class).single();
    }

    /** The address domain of this round's officers. */
    String domain() {
        return "@" + tag + ".faults.test";
    }

    /**
     * Without directors, a deputy signs off for every service (a cycle does not open while a service has
     * nobody to sign off); deputies are sent no chases, so the round's mail counts stay one per service.
     */
    private static void nameDeputies(ApplicationContext app, String tag, int count, ZonedDateTime opened) {
        String deputy = tag + ".deputy";
        app.getBean(PeopleService.class).create(new Person(deputy, "Deputy", deputy + "@" + tag + ".faults.test",
                EnumSet.of(Role.READER), null, null, true, false, false), "a-long-password");
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Organisation organisation = app.getBean(Organisation.class);
        for (int i = 1; i <= count; i++) {
            jdbc.sql("""
                    insert into delegation (service_id, deputy, starts_on, ends_on, created_by)
                    values (:s, :d, :from, :to, 'admin')""")
                    .param("s", organisation.findService(service(tag, i)).orElseThrow().id()).param("d", deputy)
                    .param("from", opened.toLocalDate().minusDays(1)).param("to", opened.toLocalDate().plusYears(1))
                    .update();
        }
    }

    static String directorate(String tag) {
        return "Faults " + tag;
    }

    static String service(String tag, int i) {
        return "Faults " + tag + " body " + i;
    }

    /** As the launcher passes it on its command line: tag:startYear:count, and :directors for directors. */
    static ReminderRound prepare(ApplicationContext app, String spec) {
        String[] parts = spec.split(":");
        return prepare(app, parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                parts.length > 3 && parts[3].equals("directors"));
    }

    String describe() {
        return tag + " " + year + " cycle=" + cycleId + " returns=" + returns + " opened=" + openedAt + " reminder="
                + reminderAt;
    }

    static ReminderRound parse(String described) {
        String[] p = described.split(" ");
        return new ReminderRound(p[0], p[1], Long.parseLong(value(p[2])), Integer.parseInt(value(p[3])),
                Instant.parse(value(p[4])), Instant.parse(value(p[5])));
    }

    private static String value(String keyValue) {
        return keyValue.substring(keyValue.indexOf('=') + 1);
    }
}
