package uk.quarterlyreturns.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.compliance.ComplianceFigures.CurvePoint;
import uk.quarterlyreturns.returns.ReturnStatus;

/** Each compliance figure from a constructed cycle, with its expected value written out. */
class ComplianceFiguresTest {

    private static final Instant CLOSE = Instant.parse("2017-09-30T23:00:00Z");
    private static final Instant DEADLINE = CLOSE.plus(Duration.ofDays(20));
    private static final Instant NOW = CLOSE.plus(Duration.ofDays(30));

    /** Accepted on day 6; signed off on day 10 exactly; in late on day 25 then sent back; one still a draft. */
    private static final List<ReturnCompliance> CYCLE = List.of(
            row(1, ReturnStatus.ACCEPTED, CLOSE.plus(Duration.ofDays(5).plusHours(1))),
            row(2, ReturnStatus.SIGNED_OFF, CLOSE.plus(Duration.ofDays(10))),
            row(3, ReturnStatus.SENT_BACK, CLOSE.plus(Duration.ofDays(24).plusMinutes(1))),
            row(4, ReturnStatus.DRAFT, null));

    private final ComplianceFigures f = ComplianceFigures.of(CLOSE, DEADLINE, NOW, CYCLE);

    @Test
    void returnsDueAndIn() {
        assertThat(f.due()).isEqualTo(4);
        assertThat(f.in()).as("the sent-back return was in").isEqualTo(3);
    }

    @Test
    void onTimeAndLate() {
        assertThat(f.onTime()).isEqualTo(2);
        assertThat(f.late()).isEqualTo(1);
    }

    @Test
    void missingAndOverdue() {
        assertThat(f.missing()).isEqualTo(1);
        assertThat(f.overdue()).isEqualTo(1);
        Instant beforeTheDeadline = CLOSE.plus(Duration.ofDays(3));
        assertThat(ComplianceFigures.of(CLOSE, DEADLINE, beforeTheDeadline,
                List.of(row(4, ReturnStatus.DRAFT, null, beforeTheDeadline))).overdue())
                .as("read before the deadline nothing is overdue").isZero();
    }

    /** What a chase of the late ones takes: every return owed past the deadline, those in and sent back too. */
    @Test
    void owedLate() {
        assertThat(CYCLE).filteredOn(ReturnCompliance::owedLate).extracting(ReturnCompliance::returnId)
                .as("the draft, not in, and the one sent back; not those signed off or accepted").containsExactly(3L, 4L);
        ReturnCompliance reopened = row(5, ReturnStatus.REOPENED, CLOSE.plus(Duration.ofDays(2)));
        assertThat(reopened.owedLate()).as("reopened after it was in on time").isTrue();
        assertThat(row(6, ReturnStatus.SUBMITTED, CLOSE.plus(Duration.ofDays(25))).owedLate()).isFalse();
        assertThat(row(7, ReturnStatus.WITHDRAWN, null).owedLate()).as("nothing due").isFalse();
        ReturnCompliance beforeTheDeadline = new ReturnCompliance(8, 8, "Service 8", "Place", "Director",
                ReturnStatus.SENT_BACK, CLOSE.plus(Duration.ofDays(2)), true, false, false, 3, 0, 0, null, null);
        assertThat(beforeTheDeadline.owedLate()).as("sent back, the deadline still to come").isFalse();
    }

    @Test
    void sentBackAndAccepted() {
        assertThat(f.sentBack()).isEqualTo(1);
        assertThat(f.accepted()).isEqualTo(1);
        assertThat(CYCLE.get(2).chaseable()).as("sent back: chaseable again").isTrue();
        assertThat(CYCLE.get(1).chaseable()).isFalse();
        assertThat(CYCLE.get(3).chaseable()).isTrue();
    }

    @Test
    void theCurveRunsToTodayDayByDay() {
        assertThat(f.curve()).hasSize(31);
        assertThat(f.curve()).extracting(CurvePoint::day, CurvePoint::percentIn).contains(
                org.assertj.core.groups.Tuple.tuple(0, 0.0), org.assertj.core.groups.Tuple.tuple(5, 0.0),
                org.assertj.core.groups.Tuple.tuple(6, 25.0), org.assertj.core.groups.Tuple.tuple(10, 50.0),
                org.assertj.core.groups.Tuple.tuple(24, 50.0), org.assertj.core.groups.Tuple.tuple(25, 75.0),
                org.assertj.core.groups.Tuple.tuple(30, 75.0));
    }

    @Test
    void timeTo95IsTheFirstDayTheCurveReaches95() {
        assertThat(f.daysTo95()).as("3 of 4 in: never 95%").isNull();
        List<ReturnCompliance> twenty = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            twenty.add(row(i, ReturnStatus.SUBMITTED, i == 20 ? null : CLOSE.plus(Duration.ofDays(i).minusHours(2))));
        }
        ComplianceFigures g = ComplianceFigures.of(CLOSE, DEADLINE, NOW, twenty);
        assertThat(g.daysTo95()).isEqualTo(19);
        assertThat(g.curve().get(19).percentIn()).isEqualTo(95.0);
        assertThat(g.curve().get(18).percentIn()).isEqualTo(90.0);
        assertThat(g.percent(g.in())).isEqualTo(95);
    }

    /**
     * 37 of 39 returns in is 94.9%: rounded to the nearest it read "95%" beside "Days to 95% in: Not reached", and
     * the report said "at three weeks 95% of returns had been made. It has taken … of chase up to get to 95%".
     * Likewise 249 of 250 read "100%" with a return still missing.
     */
    @Test
    void aShareShortOf95Or100PercentNeverReadsAsReachingIt() {
        List<ReturnCompliance> returns = new ArrayList<>();
        for (int i = 1; i <= 39; i++) {
            returns.add(row(i, ReturnStatus.SUBMITTED, i > 37 ? null : CLOSE.plus(Duration.ofDays(3))));
        }
        ComplianceFigures g = ComplianceFigures.of(CLOSE, DEADLINE, NOW, returns);
        assertThat(g.daysTo95()).isNull();
        assertThat(g.percent(g.in())).isEqualTo(94);
        assertThat(g.inAtThreeWeeksPct()).isEqualTo(94);
        assertThat(ComplianceFigures.rounded(100.0 * 249 / 250)).isEqualTo(99);
        assertThat(ComplianceFigures.rounded(100.0 * 38 / 40)).as("95% reached").isEqualTo(95);
        assertThat(ComplianceFigures.rounded(100.0 * 2 / 3)).as("otherwise to the nearest").isEqualTo(67);
        assertThat(ComplianceFigures.rounded(100.0)).isEqualTo(100);
    }

    @Test
    void aDayIsTheWholeDaysAfterQuarterEndAMomentFallsWithin() {
        assertThat(ComplianceFigures.dayOf(CLOSE, CLOSE)).isZero();
        assertThat(ComplianceFigures.dayOf(CLOSE, CLOSE.plusSeconds(1))).isEqualTo(1);
        assertThat(ComplianceFigures.dayOf(CLOSE, CLOSE.plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(ComplianceFigures.dayOf(CLOSE, CLOSE.plus(Duration.ofDays(1)).plusSeconds(1))).isEqualTo(2);
    }

    @Test
    void aDayIsALondonDateSoAnEveningAfterTheClocksGoBackKeepsItsDay() {
        ZoneId london = ZoneId.of("Europe/London");
        // Quarter 2 closes at midnight British Summer Time; the clocks go back at the end of October.
        Instant close = ZonedDateTime.of(2900, 10, 1, 0, 0, 0, 0, london).toInstant();
        Instant lateOnTenthNovember = ZonedDateTime.of(2900, 11, 10, 23, 30, 0, 0, london).toInstant();
        Instant midnightEndingIt = ZonedDateTime.of(2900, 11, 11, 0, 0, 0, 0, london).toInstant();

        assertThat(ComplianceFigures.dayOf(close, lateOnTenthNovember)).as("31 days of October, then 10").isEqualTo(41);
        assertThat(ComplianceFigures.dayOf(close, midnightEndingIt)).isEqualTo(41);
        ComplianceFigures g = ComplianceFigures.of(close, close, lateOnTenthNovember,
                List.of(row(1, ReturnStatus.SUBMITTED, lateOnTenthNovember)));
        assertThat(g.daysTo95()).isEqualTo(41);
    }

    /**
     * A return with an agreed extension is counted against its own deadline: in after the cycle's deadline but by its
     * extension it is on time, and not overdue between the two; the figures say how many had one.
     */
    @Test
    void anExtendedReturnCountsAgainstItsOwnDeadline() {
        Instant extendedTo = DEADLINE.plus(Duration.ofDays(7));
        Instant inBetween = DEADLINE.plus(Duration.ofDays(3));
        ReturnCompliance inByItsExtension = new ReturnCompliance(5, 5, "Service 5", "Place", "Director",
                ReturnStatus.SUBMITTED, inBetween, true, false, false, 0, 0, 0, null, null, extendedTo, "Data late");
        ReturnCompliance notYetDue = new ReturnCompliance(6, 6, "Service 6", "Place", "Director",
                ReturnStatus.DRAFT, null, false, false, false, 0, 0, 0, null, null, extendedTo, "Data late");
        ComplianceFigures g = ComplianceFigures.of(CLOSE, DEADLINE, inBetween.plus(Duration.ofHours(1)),
                List.of(inByItsExtension, notYetDue, row(7, ReturnStatus.DRAFT, null)));
        assertThat(g.onTime()).as("in after the cycle's deadline, by its own").isEqualTo(1);
        assertThat(g.late()).isZero();
        assertThat(g.overdue()).as("only the one without an extension").isEqualTo(1);
        assertThat(g.extended()).isEqualTo(2);
        assertThat(g.extendedWords()).isEqualTo("2 with an agreed extension");
        assertThat(f.extendedWords()).isEmpty();
    }

    private static ReturnCompliance row(long id, ReturnStatus status, Instant first) {
        return row(id, status, first, NOW);
    }

    /** A row as read at a moment. */
    private static ReturnCompliance row(long id, ReturnStatus status, Instant first, Instant read) {
        return new ReturnCompliance(id, id, "Service " + id, "Place", "Director", status, first,
                ComplianceFigures.onTime(first, DEADLINE), ComplianceFigures.overdue(first, status, DEADLINE, read),
                read.isAfter(DEADLINE), 0, 0, 0, null, null);
    }
}
