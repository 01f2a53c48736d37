package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
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
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * A strategic director on leave names another strategic director as cover: within the period the cover also receives
 * the escalations of the directorate, saying for whom and until when, and may read the returns escalated, not
 * countersign them; before and after it, nothing. The cover ends when either stops being a strategic director.
 */
class StrategicDirectorCoverTest extends ApplicationTest {

    private static final String PASSWORD = "a long enough password";
    private static final java.time.format.DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy");

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired UserAdministration admin;
    @Autowired Chasing chasing;
    @Autowired MailOutbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired ReturnRepository returns;
    @Autowired ReturnPermissions permissions;
    @Autowired Covers covers;
    @Autowired Clock clock;
    @Autowired PeopleService people;
    @Autowired uk.quarterlyreturns.people.Delegations deputies;

    @Test
    void theEscalationReachesTheCoverWithinThePeriodOnly() {
        Directorate d = directorate(4300);
        LocalDate today = LocalDate.now(clock);
        long id = covers.name(d.director, d.cover, today.plusDays(2), today.plusDays(4), d.director);
        try {
            long before = lateReturn(d, 4300);
            chasing.sendDueChase(before);
            assertThat(escalatedTo(before)).as("before the cover begins").containsExactly(address(d.director));

            ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(3))));
            long within = lateReturn(d, 4301);
            chasing.sendDueChase(within);
            assertThat(escalatedTo(within)).as("within the period")
                    .containsExactlyInAnyOrder(address(d.director), address(d.cover));
            MimeMessage mail = TestMailServer.awaitReceived(address(d.cover), "Escalation");
            assertThat(TestMailServer.body(mail)).contains("You receive this escalation as cover for Cora Covered"
                    + " 4300 until " + DAY.format(today.plusDays(4)), d.service);
            assertThat(TestMailServer.body(TestMailServer.awaitReceived(address(d.director), "Escalation")))
                    .doesNotContain("as cover for");

            ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(2))));
            long after = lateReturn(d, 4302);
            chasing.sendDueChase(after);
            assertThat(escalatedTo(after)).as("after it ends").containsExactly(address(d.director));
        } finally {
            ClockUtil.reset();
            covers.end(id, "admin");
        }
    }

    @Test
    void theCoverReadsTheEscalatedReturnWithinThePeriodAndIsRefusedAfterIt() throws Exception {
        Directorate d = directorate(4303);
        LocalDate today = LocalDate.now(clock);
        long returnId = lateReturn(d, 4303);
        ServiceReturn late = returns.find(returnId).orElseThrow();
        assertThat(permissions.canRead(d.cover, late)).as("before any cover").isFalse();
        covers.name(d.director, d.cover, today, today.plusDays(1), d.director);
        assertThat(permissions.canRead(d.cover, late)).as("within the period").isTrue();
        assertThat(permissions.canCountersign(d.cover, late)).as("not theirs to countersign").isFalse();
        // nothing else of the directorate's: its compliance figures stay its own strategic director's
        String path = "/api/years/4303-04/quarters/4/compliance?directorate=Cover Directorate 4303";
        assertThat(new Api(url(""), d.cover, PASSWORD).get(path).getStatusCode().value()).isEqualTo(403);
        try {
            ClockUtil.setCurrentTime(Date.from(clock.instant().plus(Duration.ofDays(2))));
            assertThat(permissions.canRead(d.cover, late)).as("after it ends").isFalse();
            assertThat(new Api(url(""), d.cover, PASSWORD).get(path).getStatusCode().value()).isEqualTo(403);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void onlyAnotherStrategicDirectorMayCover() {
        Directorate d = directorate(4304);
        LocalDate today = LocalDate.now(clock);
        for (String forbidden : new String[] {"data.housing", "perf", "ceo", "dir.housing", "admin"}) {
            assertThatThrownBy(() -> covers.name(d.director, forbidden, today, today.plusDays(1), d.director))
                    .as(forbidden).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> covers.name(d.director, d.director, today, today.plusDays(1), d.director))
                .hasMessageContaining("someone else");
        assertThatThrownBy(() -> covers.name(d.director, d.cover, today, today.plusDays(1), d.cover))
                .as("the cover cannot name themselves").isInstanceOf(NotAllowedException.class);
        assertThat(covers.candidates(d.director)).extracting(p -> p.username()).contains(d.cover)
                .doesNotContain("data.housing", "perf", "ceo", "dir.housing", "admin", d.director);
        assertThat(covers.forDirector(d.director)).isEmpty();
    }

    /** A cover named from a day gone by would say someone covered the director on days nobody did. */
    @Test
    void coverIsNotNamedFromADayGoneBy() {
        Directorate d = directorate(4325);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> covers.name(d.director, d.cover, today.minusDays(10), today.plusDays(3), d.director))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The cover starts on " + DAY.format(today.minusDays(10)) + ", in the past: name it from"
                        + " today or later");
        assertThat(covers.forDirector(d.director)).isEmpty();
    }

    /** A year mistyped (2207 for 2027) would send a directorate's escalations to the cover for decades. */
    @Test
    void coverIsNotNamedForMoreThanAYear() {
        Directorate d = directorate(4380);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> covers.name(d.director, d.cover, today, today.plusYears(1).plusDays(1), d.director))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The cover would run from " + DAY.format(today) + " to "
                        + DAY.format(today.plusYears(1).plusDays(1)) + ", longer than a year: check the year, or name"
                        + " it again when it runs out");
        assertThat(covers.forDirector(d.director)).isEmpty();
        covers.name(d.director, d.cover, today, today.plusYears(1), d.director);
        assertThat(covers.forDirector(d.director)).hasSize(1);
    }

    /** A cover shares the deputies' table: ending it by id as a deputy (whose rules differ) finds nothing. */
    @Test
    void aCoverIsNotEndedAsADeputy() {
        Directorate d = directorate(4318);
        LocalDate today = LocalDate.now(clock);
        long id = covers.name(d.director, d.cover, today, today.plusDays(3), d.director);

        assertThatThrownBy(() -> deputies.end(id, "admin")).isInstanceOf(IllegalArgumentException.class);
        assertThat(covers.forDirector(d.director)).singleElement()
                .satisfies(c -> assertThat(c.state(today)).isEqualTo(DelegationState.CURRENT));
    }

    @Test
    void theCoverEndsWhenEitherStopsBeingAStrategicDirector() {
        Directorate d = directorate(4305);
        LocalDate today = LocalDate.now(clock);
        long coming = covers.name(d.director, d.cover, today.plusDays(1), today.plusDays(3), "admin");
        long returnId = lateReturn(d, 4305);
        ServiceReturn late = returns.find(returnId).orElseThrow();

        admin.setEnabled(d.director, false, "admin");

        Delegation ended = covers.forDirector(d.director).get(0);
        assertThat(ended.id()).isEqualTo(coming);
        assertThat(ended.state(today)).isEqualTo(DelegationState.WITHDRAWN);
        assertThat(ended.endReason()).isEqualTo("Cora Covered 4305, whom they covered, was disabled");
        admin.setEnabled(d.director, true, "admin");
        assertThat(covers.forDirector(d.director).get(0).state(today)).as("stays ended")
                .isEqualTo(DelegationState.WITHDRAWN);

        // the cover given a role apart: the performance team accept returns, so cover no more
        long current = covers.name(d.director, d.cover, today, today.plusDays(3), d.director);
        assertThat(permissions.canRead(d.cover, late)).isTrue();
        admin.update(new UserFields(d.cover, "Colin Cover 4305", address(d.cover),
                EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.PERFORMANCE_TEAM), null, d.coverDirectorate), "admin");
        assertThat(covers.forDirector(d.director)).filteredOn(c -> c.id() == current).singleElement()
                .extracting(Delegation::endReason).asString().startsWith("Colin Cover 4305 may no longer"
                + " be cover: Colin Cover 4305 is in the performance team");
        assertThat(covers.coveringOn(people.find(java.util.List.of(d.director)), today)).isEmpty();
        // out of the performance team again: the database is shared, and other tests count whom the team's mail reaches
        admin.update(new UserFields(d.cover, "Colin Cover 4305", address(d.cover),
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, d.coverDirectorate), "admin");
    }

    /**
     * Cover is not passed on: the cover's own cover neither receives the directorate's escalations nor reads its
     * returns. Two directors covering each other each receive the other's, once.
     */
    @Test
    void coverIsNotPassedOnAndTwoCoveringEachOtherGetEachOthersEscalationsOnce() {
        Directorate d = directorate(4321);
        Directorate other = directorate(4322);
        LocalDate today = LocalDate.now(clock);
        long first = covers.name(d.director, other.director, today, today.plusDays(3), d.director);
        long second = covers.name(other.director, other.cover, today, today.plusDays(3), other.director);
        long back = covers.name(other.director, d.director, today, today.plusDays(3), other.director);
        try {
            long late = lateReturn(d, 4321);
            chasing.sendDueChase(late);
            assertThat(escalatedTo(late)).containsExactlyInAnyOrder(address(d.director), address(other.director));
            ServiceReturn r = returns.find(late).orElseThrow();
            assertThat(permissions.canRead(other.director, r)).as("the cover").isTrue();
            assertThat(permissions.canRead(other.cover, r)).as("the cover's cover").isFalse();

            long theirs = lateReturn(other, 4322);
            chasing.sendDueChase(theirs);
            assertThat(escalatedTo(theirs)).containsExactlyInAnyOrder(address(other.director), address(d.director),
                    address(other.cover));
        } finally {
            for (long id : new long[] {first, second, back}) {
                covers.end(id, "admin");
            }
        }
    }

    /**
     * Two covers of one director each get the escalation; a cover of both of a directorate's strategic directors gets
     * it once, naming both.
     */
    @Test
    void twoCoversAtOnceEachGetItAndACoverOfTwoDirectorsGetsItOnce() {
        Directorate d = directorate(4328);
        Directorate other = directorate(4329);
        String second = "sd.second.4328";
        admin.create(new UserFields(second, "Sid Second 4328", address(second), EnumSet.of(Role.STRATEGIC_DIRECTOR),
                null, organisation.findDirectorate(d.name).orElseThrow()), PASSWORD, "admin");
        LocalDate today = LocalDate.now(clock);
        long[] named = {covers.name(d.director, d.cover, today, today.plusDays(3), d.director),
                covers.name(second, d.cover, today, today.plusDays(2), second),
                covers.name(d.director, other.director, today, today.plusDays(3), d.director)};
        try {
            long late = lateReturn(d, 4328);
            chasing.sendDueChase(late);

            assertThat(escalatedTo(late)).containsExactlyInAnyOrder(address(d.director), address(second),
                    address(d.cover), address(other.director));
            assertThat(TestMailServer.body(TestMailServer.awaitReceived(address(d.cover), "Escalation")))
                    .contains("You receive this escalation as cover for Cora Covered 4328 until "
                            + DAY.format(today.plusDays(3)) + " and Sid Second 4328 until "
                            + DAY.format(today.plusDays(2)) + ".");
        } finally {
            for (long id : named) {
                covers.end(id, "admin");
            }
        }
    }

    /**
     * Moved to another directorate by a people file through the API, the director's cover ends and reads no more; the
     * 409 asked first names the cover, as the Users screen's question does when the cover is given a role apart.
     */
    @Test
    void theCoverEndsWhenThePeopleApiMovesTheDirectorAndTheQuestionSaysSo() throws Exception {
        Directorate d = directorate(4323);
        Directorate elsewhere = directorate(4324);
        LocalDate today = LocalDate.now(clock);
        long id = covers.name(d.director, d.cover, today, today.plusDays(5), d.director);
        ServiceReturn late = returns.find(lateReturn(d, 4323)).orElseThrow();
        assertThat(permissions.canRead(d.cover, late)).isTrue();
        String file = "username,name,email,roles,service,directorate\n" + d.director + ",Cora Covered 4323,"
                + address(d.director) + ",STRATEGIC_DIRECTOR,," + elsewhere.name + "\n";
        Api api = new Api(url(""), "admin", "demo");
        String ends = "Colin Cover 4323 stops covering Cora Covered 4323: their cover for escalations ends";

        var asked = api.putCsvAfterReading("/api/people", file);
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(409);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(asked.getBody()).get("workTaken"))
                .extracting(com.fasterxml.jackson.databind.JsonNode::asText).as("the question names the cover")
                .contains(ends);
        assertThat(admin.workTaken(new UserFields(d.cover, "Colin Cover 4323", address(d.cover),
                EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.PERFORMANCE_TEAM), null, d.coverDirectorate), "admin", null))
                .as("as does the Users screen's, the cover given a role apart").containsExactly(ends);
        assertThat(permissions.canRead(d.cover, late)).as("nothing changed yet").isTrue();

        var answer = api.putCsvAfterReading("/api/people?confirm=true", file);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);

        assertThat(covers.forDirector(d.director)).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> assertThat(c.state(today).open()).isFalse())
                .extracting(Delegation::endReason).isEqualTo("Cora Covered 4323, whom they covered, is no longer"
                        + " strategic director of " + d.name);
        assertThat(permissions.canRead(d.cover, late)).as("the old directorate's").isFalse();
        ServiceReturn there = returns.find(lateReturn(elsewhere, 4324)).orElseThrow();
        assertThat(permissions.canRead(d.cover, there)).as("nor the new one's").isFalse();
    }

    /** A directorate of its own with one service, its strategic director, and another's who may cover them. */
    private record Directorate(String director, String cover, long coverDirectorate, String name, String service) {
    }

    private Directorate directorate(int year) {
        String label = year + "-" + String.valueOf(year + 1).substring(2);
        String name = "Cover Directorate " + year;
        imports.importMeasures(label, framework(name, "Cover Service " + year));
        long directorate = organisation.findDirectorate(name).orElseThrow();
        long children = organisation.findDirectorate("Children and Families").orElseThrow();
        String director = "sd.covered." + year;
        String cover = "sd.cover." + year;
        admin.create(new UserFields(director, "Cora Covered " + year, address(director),
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, directorate), PASSWORD, "admin");
        admin.create(new UserFields(cover, "Colin Cover " + year, address(cover),
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, children), PASSWORD, "admin");
        return new Directorate(director, cover, children, name, "Cover Service " + year);
    }

    /** A return of the directorate's service for a year's last quarter, told it is overdue: escalations are due. */
    private long lateReturn(Directorate d, int year) {
        String label = year + "-" + String.valueOf(year + 1).substring(2);
        if (years.find(label).isEmpty()) {
            imports.importMeasures(label, framework(d.name, d.service));
        }
        Instant now = clock.instant();
        Instant deadline = now.minus(Duration.ofDays(30));
        long cycleId = cycles.insert(years.find(label).orElseThrow().id(), 4, deadline, now.plus(Duration.ofDays(30)),
                "perf", deadline.minus(Duration.ofDays(21)), ChasePolicy.DEFAULT);
        return jdbc.sql("""
                insert into service_return (cycle_id, service_id, chased_until) values (:c, :s, :t) returning id""")
                .param("c", cycleId).param("s", organisation.findService(d.service).orElseThrow().id())
                .param("t", Timestamp.from(deadline)).query(Long.class).single();
    }

    private static TabularFile framework(String directorate, String service) {
        return TabularFile.read(("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,"
                + "floor,tolerance_pct,rag_scheme\nCV-1,Visits made," + directorate + "," + service + ",Ambitious,"
                + "count,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8),
                "framework.csv");
    }

    private java.util.List<String> escalatedTo(long returnId) {
        return outbox.forReturn(returnId).stream().filter(m -> m.kind().equals("ESCALATION_STRATEGIC"))
                .map(OutboxEntry::recipient).toList();
    }

    private static String address(String username) {
        return username + "@council.test";
    }
}
