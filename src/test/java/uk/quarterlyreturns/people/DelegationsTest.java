package uk.quarterlyreturns.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.base.security.Role;

/** Who may name a deputy for which service and period, and ending or withdrawing one. */
class DelegationsTest extends ApplicationTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired Delegations delegations;
    @Autowired PeopleService people;
    @Autowired Organisation organisation;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private long housing;
    private long highways;
    private String deputy;
    private LocalDate today;

    @BeforeEach
    void deputyToBe() {
        housing = organisation.findService("Housing").orElseThrow().id();
        highways = organisation.findService("Highways and Streetscene").orElseThrow().id();
        deputy = "deputy.test" + N.incrementAndGet();
        people.create(new Person(deputy, "Dana Deputy", deputy + "@council.test",
                EnumSet.of(Role.STRATEGIC_DIRECTOR), null, organisation.findService("Housing").orElseThrow()
                .directorateId(), true, false, false), "a-long-password");
        today = LocalDate.now(clock);
    }

    @Test
    void theDirectorNamesADeputyForTheirOwnService() {
        long id = delegations.name(housing, deputy, today, today.plusDays(7), "dir.housing");
        assertThat(delegations.activeDeputies(housing, today)).contains(deputy);
        Delegation d = delegations.find(id);
        assertThat(d.createdBy()).isEqualTo("dir.housing");
        assertThat(d.state(today)).isEqualTo(DelegationState.CURRENT);
        assertThat(delegations.forService(housing)).extracting(Delegation::id).contains(id);
    }

    @Test
    void theSameDeputyIsNotNamedTwiceForOverlappingDaysSoThatEndingOneEndsThem() {
        long first = delegations.name(housing, deputy, today, today.plusDays(7), "dir.housing");
        // the same form sent again from a second tab, or by an administrator meanwhile
        assertThatThrownBy(() -> delegations.name(housing, deputy, today.plusDays(3), today.plusDays(10), "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Dana Deputy is already deputy for Housing from ");
        delegations.end(first, "dir.housing");
        assertThat(delegations.activeDeputies(housing, today)).doesNotContain(deputy);
        // a later period of their own, once this one is over, is another delegation
        delegations.name(housing, deputy, today.plusDays(20), today.plusDays(25), "dir.housing");
    }

    @Test
    void onlyTheServicesDirectorOrAnAdministratorMayNameOrEnd() {
        for (String who : new String[] {"dir.highways", "data.housing", "perf", "sd.economy", "ceo", "reader"}) {
            assertThatThrownBy(() -> delegations.name(housing, deputy, today, today.plusDays(7), who))
                    .as(who).isInstanceOf(NotAllowedException.class);
        }
        long id = delegations.name(highways, deputy, today, today.plusDays(7), "admin");
        assertThatThrownBy(() -> delegations.end(id, "dir.housing")).isInstanceOf(NotAllowedException.class);
        assertThat(delegations.activeDeputies(highways, today)).contains(deputy);
        assertThat(delegations.activeDeputies(housing, today)).doesNotContain(deputy);
        assertThat(delegations.mayDelegate(housing, "dir.housing")).isTrue();
        assertThat(delegations.mayDelegate(highways, "dir.housing")).isFalse();
        assertThat(delegations.mayDelegate(highways, "admin")).isTrue();
    }

    @Test
    void refusesADataOfficerTheDirectorThemselvesAndABadPeriod() {
        assertThatThrownBy(() -> delegations.name(housing, "data.highways", today, today, "admin"))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("is a data officer");
        assertThatThrownBy(() -> delegations.name(housing, "dir.housing", today, today, "dir.housing"))
                .hasMessageContaining("is the service's director already");
        assertThatThrownBy(() -> delegations.name(housing, deputy, today.plusDays(3), today.plusDays(2), "admin"))
                .hasMessage("The period ends before it starts");
        assertThatThrownBy(() -> delegations.name(housing, deputy, today.minusDays(9), today.minusDays(1), "admin"))
                .hasMessageContaining("already over");
        assertThatThrownBy(() -> delegations.name(housing, deputy, today, null, "admin"))
                .hasMessage("Give the first and last day of the period");
        assertThat(delegations.heldBy(deputy, today)).isEmpty();
    }

    @Test
    void aDisabledUserIsNoDeputy() {
        people.create(new Person(deputy + "x", "Gone Away", null, EnumSet.of(Role.READER), null, null, false, false,
                false), "a-long-password");
        assertThatThrownBy(() -> delegations.name(housing, deputy + "x", today, today, "admin"))
                .hasMessageContaining("is disabled");
    }

    @Test
    void endingADelegationUnderWayStopsItFromToday() {
        long id = delegations.name(housing, deputy, today, today.plusDays(7), "dir.housing");
        long running = backdated(id);
        Delegation ended = delegations.end(running, "dir.housing");
        assertThat(ended.endsOn()).isEqualTo(today.minusDays(1));
        assertThat(ended.endedBy()).isEqualTo("dir.housing");
        assertThat(ended.endedAt()).isNotNull();
        assertThat(ended.withdrawn()).isFalse();
        assertThat(ended.state(today)).isEqualTo(DelegationState.PAST);
        assertThat(delegations.activeDeputies(housing, today)).doesNotContain(deputy);
        assertThatThrownBy(() -> delegations.end(running, "admin")).hasMessage("This delegation is already over");
    }

    @Test
    void aDelegationNotYetBegunIsWithdrawn() {
        long id = delegations.name(housing, deputy, today.plusDays(5), today.plusDays(9), "dir.housing");
        assertThat(delegations.find(id).state(today)).isEqualTo(DelegationState.COMING);
        Delegation withdrawn = delegations.end(id, "admin");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.endedBy()).isEqualTo("admin");
        assertThat(withdrawn.state(today)).isEqualTo(DelegationState.WITHDRAWN);
        assertThat(delegations.activeDeputies(housing, today.plusDays(6))).doesNotContain(deputy);
        assertThat(delegations.heldBy(deputy, today)).isEmpty();
    }

    /**
     * "Named by" and "Ended by" print the application's time, as the outbox and the trail do: on a moved clock
     * (the demo's 2017) a deputy was not named years after being withdrawn.
     */
    @Test
    void theMomentsADeputyIsNamedAndWithdrawnComeFromTheApplicationsClock() {
        Instant moved = Instant.parse("2017-10-30T10:15:00Z");
        ClockUtil.setCurrentTime(java.util.Date.from(moved));
        try {
            LocalDate day = LocalDate.now(clock);
            long id = delegations.name(housing, deputy, day, day.plusDays(7), "dir.housing");
            assertThat(delegations.find(id).createdAt()).isEqualTo(moved);
            assertThat(delegations.end(id, "dir.housing").endedAt()).isEqualTo(moved);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theDeputiesOfTheDayComeInNameOrderLeavingOutOneNowDisabled() {
        String second = deputy + "b";
        String third = deputy + "c";
        for (String d : new String[] {third, second}) {
            people.create(new Person(d, "Another Deputy", d + "@council.test", EnumSet.of(Role.STRATEGIC_DIRECTOR),
                    null, organisation.findService("Housing").orElseThrow().directorateId(), true, false, false),
                    "a-long-password");
        }
        for (String d : new String[] {third, deputy, second}) {
            delegations.name(housing, d, today, today.plusDays(7), "dir.housing");
        }
        assertThat(delegations.activeDeputies(housing, today)).containsSubsequence(deputy, second, third);
        jdbc.sql("update app_user set enabled = false where username = :u").param("u", second).update();
        assertThat(delegations.activeDeputies(housing, today)).contains(deputy, third).doesNotContain(second);
    }

    /** As if it had been running since last week: a delegation cannot be named for past days. */
    private long backdated(long id) {
        jdbc.sql("update delegation set starts_on = :d where id = :id")
                .param("d", Date.valueOf(today.minusDays(7))).param("id", id).update();
        return id;
    }
}
