package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.DirectorateContinuations;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.Covers;
import uk.quarterlyreturns.people.Delegation;
import uk.quarterlyreturns.people.DelegationState;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.ReturnPermissions;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * A strategic director names cover in March; from April their directorate continues as a renamed one, and they move
 * with it (DirectorateContinuations). The cover holds for the directorate and what it continues as, as compliance
 * answers them for both: the escalations of either reach the cover, who reads those returns, and the move ends
 * nothing, theirs or the cover's own.
 */
class CoverAcrossContinuationTest extends ApplicationTest {

    private static final String PASSWORD = "a long enough password";
    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy");

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired UserAdministration admin;
    @Autowired PeopleService people;
    @Autowired Chasing chasing;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRepository returns;
    @Autowired ReturnPermissions permissions;
    @Autowired Covers covers;
    @Autowired Clock clock;
    @Autowired DirectorateContinuations continuations;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    /** Both the covered director's directorate and the cover's own are renamed; both move, and the cover holds. */
    @Test
    void aCoverNamedBeforeTheRestructureHoldsForTheDirectorateItContinuesAs() {
        Restructure r = restructure(4550, "Cover Home 4550");
        ServiceReturn late = returns.find(lateReturn(r.nextYear, 1, r.service)).orElseThrow();
        chasing.sendDueChase(late.id());

        assertThat(people.find(r.director).orElseThrow().directorateId()).as("moved with the directorate")
                .isEqualTo(organisation.findDirectorate(r.renamed).orElseThrow());
        assertThat(people.find(r.cover).orElseThrow().directorateId()).as("the cover moved with theirs")
                .isEqualTo(organisation.findDirectorate("Cover Home 4551").orElseThrow());
        assertThat(escalatedTo(late.id())).containsExactlyInAnyOrder(address(r.director), address(r.cover));
        assertThat(TestMailServer.body(TestMailServer.awaitReceived(address(r.cover), r.service + "'s Q1")))
                .contains("You receive this escalation as cover for Cleo Continued 4550 until "
                        + DAY.format(r.until), "Directorate: " + r.renamed);
        assertThat(permissions.canRead(r.cover, late)).isTrue();
        assertThat(permissions.canCountersign(r.cover, late)).isFalse();
        assertThat(covers.forDirector(r.director)).singleElement().satisfies(c -> {
            assertThat(c.state(LocalDate.now(clock))).isEqualTo(DelegationState.CURRENT);
            assertThat(c.endReason()).isNull();
        });
        assertThat(covers.coverNamedBy(r.director)).extracting(p -> p.username()).containsExactly(r.director);
    }

    /**
     * Last year's fourth quarter comes in after the year begins, under the old directorate's name. A service the
     * restructure closed sits nowhere this year, and its late return escalated to the performance team alone,
     * although the directorate's strategic director, moved to the one it continues as, answers for it: neither they
     * nor their cover heard of it.
     */
    @Test
    void lastYearsLateReturnOfTheOldDirectorateReachesItsStrategicDirectorAndTheirCover() {
        Restructure r = restructure(4560, null);
        ServiceReturn closed = returns.find(lateReturn(r.lastYear, 4, "Closed Service 4560")).orElseThrow();
        chasing.sendDueChase(closed.id());

        assertThat(escalatedTo(closed.id())).containsExactlyInAnyOrder(address(r.director), address(r.cover));
        assertThat(TestMailServer.body(TestMailServer.awaitReceived(address(r.cover), "Closed Service 4560")))
                .contains("You receive this escalation as cover for Cleo Continued 4560 until " + DAY.format(r.until));
        assertThat(permissions.canRead(r.cover, closed)).isTrue();
        assertThat(permissions.canRead(r.director, closed)).isTrue();
    }

    /** Two years of one directorate renamed between them, its strategic director and a cover named in March. */
    private record Restructure(String lastYear, String nextYear, String old, String renamed, String service,
            String director, String cover, LocalDate until) {
    }

    /**
     * Year N has Old Directorate N with a service that continues and one that closes; year N+1 has Renamed Directorate
     * N+1 with the one that continues. The cover is of {@code coverHome} (renamed too) or of Children and Families.
     */
    private Restructure restructure(int year, String coverHome) {
        String lastYear = year + "-" + String.valueOf(year + 1).substring(2);
        String nextYear = (year + 1) + "-" + String.valueOf(year + 2).substring(2);
        String old = "Old Directorate " + year;
        String renamed = "Renamed Directorate " + (year + 1);
        String service = "Continuing Service " + year;
        String coverService = "Cover Service " + year;
        String newHome = coverHome == null ? null : coverHome.replace(String.valueOf(year), String.valueOf(year + 1));
        String coverRow = coverHome == null ? "" : row("CC-3", coverHome, coverService);
        String closed = row("CC-2", old, "Closed Service " + year);
        imports.importMeasures(lastYear, framework(row("CC-1", old, service), closed, coverRow));
        imports.importMeasures(nextYear, framework(row("CC-1", renamed, service),
                coverHome == null ? "" : row("CC-3", newHome, coverService)));
        String director = "sd.continued." + year;
        String cover = "sd.cover.continued." + year;
        admin.create(new UserFields(director, "Cleo Continued " + year, address(director),
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findDirectorate(old).orElseThrow()),
                PASSWORD, "admin");
        admin.create(new UserFields(cover, "Conor Cover " + year, address(cover), EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, organisation.findDirectorate(coverHome == null ? "Children and Families" : coverHome)
                        .orElseThrow()), PASSWORD, "admin");

        at(year + 1, 3, 15); // the last month of year N
        LocalDate until = LocalDate.now(clock).plusMonths(6);
        covers.name(director, cover, LocalDate.now(clock), until, director);
        continuations.record(years.find(nextYear).orElseThrow(), old, renamed, "perf");
        if (coverHome != null) {
            continuations.record(years.find(nextYear).orElseThrow(), coverHome, newHome, "perf");
        }
        at(year + 1, 4, 10); // year N+1 has begun, and its strategic directors moved
        continuations.follow(LocalDate.now(clock));
        return new Restructure(lastYear, nextYear, old, renamed, service, director, cover, until);
    }

    private void at(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, ReportingYear.LONDON)
                .toInstant()));
    }

    /** A return of the service for the quarter, 30 days past its deadline and told it is overdue. */
    private long lateReturn(String year, int quarter, String service) {
        Instant now = clock.instant();
        Instant deadline = now.minus(Duration.ofDays(30));
        long cycleId = cycles.insert(years.find(year).orElseThrow().id(), quarter, deadline,
                now.plus(Duration.ofDays(30)), "perf", deadline.minus(Duration.ofDays(21)), ChasePolicy.DEFAULT);
        return jdbc.sql("""
                insert into service_return (cycle_id, service_id, chased_until) values (:c, :s, :t) returning id""")
                .param("c", cycleId).param("s", organisation.findService(service).orElseThrow().id())
                .param("t", Timestamp.from(deadline)).query(Long.class).single();
    }

    private static String row(String code, String directorate, String service) {
        return code + ",Visits made," + directorate + "," + service + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n";
    }

    private static TabularFile framework(String... rows) {
        return TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
                + "floor,tolerance_pct,rag_scheme\n" + String.join("", rows)).getBytes(StandardCharsets.UTF_8),
                "framework.csv");
    }

    private List<String> escalatedTo(long returnId) {
        return outbox.forReturn(returnId).stream().filter(m -> m.kind().equals("ESCALATION_STRATEGIC"))
                .map(OutboxEntry::recipient).toList();
    }

    private static String address(String username) {
        return username + "@council.test";
    }
}
