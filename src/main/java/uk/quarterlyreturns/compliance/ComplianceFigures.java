package uk.quarterlyreturns.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Every compliance figure of a set of returns, each defined once here, so that the tiles, the curve, the
 * table, the report's compliance statement and the API print the same numbers.
 * <ul>
 * <li><b>in</b>: first submitted (a return sent back afterwards stays in: it was in);</li>
 * <li><b>a return's deadline</b>: the extension agreed for it, if any, else the cycle's; <b>extended</b>: the returns
 * with an agreed extension, said beside the figures so that none is hidden;</li>
 * <li><b>on time</b>: in, first submitted by its deadline; <b>late</b>: in after it;</li>
 * <li><b>missing</b>: not in yet; <b>overdue</b>: missing after its deadline, as its row says it (judged when read,
 * as the return's page and the returns API judge it: one extended to the compilation date and not in is overdue once
 * the report compiles, though the figures run to that moment);</li>
 * <li><b>sent back</b>: with the service again after submission, chaseable until resubmitted;</li>
 * <li><b>day</b> of a submission: the London calendar day after quarter end it falls within (day 1 is
 * the quarter's next day); the <b>curve</b> is the share in by each day up to today or the cycle's close, and
 * <b>time to 95%</b> the first day on which at least 95% were in.</li>
 * </ul>
 */
public record ComplianceFigures(int due, int in, int onTime, int late, int missing, int overdue, int sentBack,
        int accepted, Integer daysTo95, List<CurvePoint> curve, int extended) {

    /** The share of returns in by the end of a day after quarter end. */
    public record CurvePoint(int day, double percentIn) {
    }

    public ComplianceFigures {
        curve = List.copyOf(curve);
    }

    /**
     * @param until the last moment the curve covers: now while the cycle collects, else the cycle's close
     */
    public static ComplianceFigures of(Instant quarterClose, Instant deadline, Instant until,
            List<ReturnCompliance> returns) {
        int due = returns.size();
        List<Integer> days = returns.stream().filter(ReturnCompliance::isIn)
                .map(r -> dayOf(quarterClose, r.firstSubmittedAt())).sorted().toList();
        int in = days.size();
        int onTime = (int) returns.stream().filter(r -> onTime(r.firstSubmittedAt(), r.deadline(deadline))).count();
        int overdue = (int) returns.stream().filter(ReturnCompliance::overdue).count();
        int extended = (int) returns.stream().filter(ReturnCompliance::isExtended).count();
        int sentBack = (int) returns.stream().filter(r -> r.status() == ReturnStatus.SENT_BACK).count();
        int accepted = (int) returns.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        int needed = (int) Math.ceil(due * 0.95);
        Integer daysTo95 = due == 0 || in < needed ? null : days.get(needed - 1);
        int lastDay = Math.max(dayOf(quarterClose, until), days.isEmpty() ? 0 : days.get(days.size() - 1));
        List<CurvePoint> curve = new ArrayList<>();
        for (int day = 0; day <= lastDay; day++) {
            int d = day;
            long count = days.stream().filter(x -> x <= d).count();
            curve.add(new CurvePoint(day, due == 0 ? 0 : 100.0 * count / due));
        }
        return new ComplianceFigures(due, in, onTime, in - onTime, due - in, overdue, sentBack, accepted, daysTo95,
                curve, extended);
    }

    /**
     * The day after quarter end a moment falls within, on the London calendar: 0 at or before the close, 1 on the
     * quarter's next day up to its midnight, and so on. Days are counted by date, not as 24-hour periods, so a
     * submission late in the evening after the clocks go back keeps its own day.
     */
    public static int dayOf(Instant quarterClose, Instant at) {
        if (!at.isAfter(quarterClose)) {
            return 0;
        }
        // a moment at midnight ends the day before it, as the close itself ends the quarter's last day
        LocalDate closedOn = LocalDate.ofInstant(quarterClose.minusNanos(1), LondonTime.ZONE);
        return (int) ChronoUnit.DAYS.between(closedOn, LocalDate.ofInstant(at.minusNanos(1), LondonTime.ZONE));
    }

    public static boolean onTime(Instant firstSubmitted, Instant deadline) {
        return ServiceReturn.onTime(firstSubmitted, deadline);
    }

    public static boolean overdue(Instant firstSubmitted, ReturnStatus status, Instant deadline, Instant now) {
        return ServiceReturn.overdue(firstSubmitted, status, deadline, now);
    }

    /** "3 with an agreed extension", said beside the figures; empty when no return has one. */
    public String extendedWords() {
        return extended == 0 ? "" : extended + " with an agreed extension";
    }

    /** Days after quarter end at which councils' published reports take the share of returns in. */
    public static final int THREE_WEEKS = 21;

    /** "At three weeks after quarter end only 64% of returns had been made": null until the figures reach day 21. */
    public Integer inAtThreeWeeksPct() {
        return percentInBy(THREE_WEEKS);
    }

    /**
     * The share of the due returns in by the end of a day after quarter end (the curve's point), rounded as every
     * share is; null when the figures do not reach that day.
     */
    public Integer percentInBy(int day) {
        return curve.stream().filter(p -> p.day() == day).findFirst().map(p -> rounded(p.percentIn()))
                .orElse(null);
    }

    /** The share of the due returns, rounded to a whole percent, as every screen prints it. */
    public int percent(int n) {
        return due == 0 ? 0 : rounded(100.0 * n / due);
    }

    /**
     * A share to the nearest whole percent, as every screen, the API and the report print it; but a share short of
     * 95% or of 100% never reads as reaching it: 37 of 39 returns (94.9%) is 94%, not the 95% beside "95% not
     * reached", and 249 of 250 is 99%, not 100% with a return missing.
     */
    public static int rounded(double percent) {
        int nearest = (int) Math.round(percent);
        return (nearest == 95 || nearest == 100) && percent < nearest ? nearest - 1 : nearest;
    }
}
