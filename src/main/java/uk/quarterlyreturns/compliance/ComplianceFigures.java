package uk.quarterlyreturns.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The arithmetic of compliance, kept apart from the database so it can be tested plainly. */
public final class ComplianceFigures {

    private ComplianceFigures() {
    }

    /** Days from quarter close until at least 95% of the returns were in (rounded up), or null. */
    public static Integer daysTo95(Instant quarterClose, List<Instant> firstSubmissions, int due) {
        if (due == 0) {
            return null;
        }
        int needed = (int) Math.ceil(due * 0.95);
        List<Instant> in = firstSubmissions.stream().filter(t -> t != null).sorted().toList();
        if (in.size() < needed) {
            return null;
        }
        Instant reached = in.get(needed - 1);
        long seconds = Math.max(0, Duration.between(quarterClose, reached).getSeconds());
        return (int) Math.ceil(seconds / 86400.0);
    }

    /** Percentage of returns in by the end of each day after quarter close, from day 0 to lastDay. */
    public static List<CycleCompliance.CurvePoint> curve(Instant quarterClose, List<Instant> firstSubmissions,
            int due, int lastDay) {
        List<CycleCompliance.CurvePoint> points = new ArrayList<>();
        for (int day = 0; day <= lastDay; day++) {
            Instant endOfDay = quarterClose.plus(Duration.ofDays(day));
            long in = firstSubmissions.stream().filter(t -> t != null && !t.isAfter(endOfDay)).count();
            points.add(new CycleCompliance.CurvePoint(day, due == 0 ? 0 : 100.0 * in / due));
        }
        return points;
    }
}
