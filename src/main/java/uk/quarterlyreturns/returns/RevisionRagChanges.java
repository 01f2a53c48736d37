package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.RevisedRag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.EarlierQuarters.Earlier;

/** What revising an earlier quarter's figure would do to the RAG, shown before the revision is applied. */
@Component
class RevisionRagChanges {

    private final YearRepository years;

    RevisionRagChanges(YearRepository years) {
        this.years = years;
    }

    /**
     * A revision's effect on the earlier quarter's RAG (in its own year, by that year's rule) and, when the measure
     * adds quarters up within this return's year, on this quarter's year to date, the other figures as they stand.
     */
    List<RevisedRag> of(Earlier e, FigureRevision f, List<QuarterValue> quarters) {
        Measure m = e.measure();
        BandEdges edges = years.find(m.yearId()).map(ReportingYear::bandEdges).orElse(BandEdges.DEFAULT);
        List<BigDecimal> stood = quarters.stream().map(v -> v == null ? null : v.value()).toList();
        List<RevisedRag> out = new ArrayList<>();
        RevisedRag.of(m.rule(), f, f.earlierQuarter(), stood, edges).ifPresent(out::add);
        if (m.rule().addsUpQuarters() && e.laterQuarter() <= 4) {
            RevisedRag.of(m.rule(), f, e.laterQuarter(), stood, edges).ifPresent(out::add);
        }
        return out;
    }
}
