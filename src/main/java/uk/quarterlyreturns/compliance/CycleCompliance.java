package uk.quarterlyreturns.compliance;

import java.time.Instant;
import java.util.List;

/**
 * A cycle's compliance for one audience (the whole organisation, or one directorate): its dates, a row
 * per return and the figures, computed once (see {@link ComplianceFigures}).
 *
 * @param until the moment the figures run to: now while the cycle collects, else the cycle's close
 * @param returns the returns owed, which every figure counts
 * @param nothingDue the services whose return was withdrawn with nothing left due (their items moved to other
 *        services mid-year): owed no more, so in no figure
 */
public record CycleCompliance(long cycleId, Instant quarterClose, Instant deadline, Instant compilationDate,
        Instant until, List<ReturnCompliance> returns, ComplianceFigures figures, List<String> nothingDue) {

    public CycleCompliance {
        returns = List.copyOf(returns);
        nothingDue = List.copyOf(nothingDue);
    }

    public int due() {
        return figures.due();
    }

    public int inOnTime() {
        return figures.onTime();
    }

    public int inLate() {
        return figures.late();
    }

    public int missing() {
        return figures.missing();
    }

    public Integer daysTo95() {
        return figures.daysTo95();
    }

    public List<ComplianceFigures.CurvePoint> curve() {
        return figures.curve();
    }

    public int accepted() {
        return figures.accepted();
    }
}
