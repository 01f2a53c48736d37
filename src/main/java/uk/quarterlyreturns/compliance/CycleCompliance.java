package uk.quarterlyreturns.compliance;

import java.time.Instant;
import java.util.List;

/**
 * A cycle's compliance: returns due, in on time, late, missing; days from quarter end until 95% were
 * in (null when never reached); and the completeness curve (percentage in by day after quarter end).
 */
public record CycleCompliance(long cycleId, Instant quarterClose, Instant deadline, List<ReturnCompliance> returns,
        int due, int inOnTime, int inLate, int missing, Integer daysTo95, List<CurvePoint> curve) {

    /** The share of returns in by the end of a day after quarter end. */
    public record CurvePoint(int day, double percentIn) {
    }

    public int accepted() {
        return (int) returns.stream().filter(r -> r.status() == uk.quarterlyreturns.returns.ReturnStatus.ACCEPTED)
                .count();
    }
}
