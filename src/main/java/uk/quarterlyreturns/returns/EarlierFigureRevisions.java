package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FigureRevision;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.framework.ValueValidity;
import uk.quarterlyreturns.returns.EarlierQuarters.Earlier;

/**
 * What a later return says of an earlier provisional figure (confirmed final or revised, EarlierFigures), saved under
 * the return's locks once it is checked: said of the figure as it stands, on what was said as read, and a revision
 * valid for its measure.
 */
@Component
class EarlierFigureRevisions {

    private final ReturnEditing editing;
    private final CycleRepository cycles;
    private final ValueRepository values;
    private final EarlierFigureRows rows;
    private final EarlierQuarters quarters;
    private final ReturnTrail trail;

    EarlierFigureRevisions(ReturnEditing editing, CycleRepository cycles, ValueRepository values,
            EarlierFigureRows rows, EarlierQuarters quarters, ReturnTrail trail) {
        this.editing = editing;
        this.cycles = cycles;
        this.values = values;
        this.rows = rows;
        this.quarters = quarters;
        this.trail = trail;
    }

    /** As {@link EarlierFigures#save}. */
    @Transactional
    public Integer save(long returnId, long measureId, int earlierQuarter, BigDecimal read, Integer expectedVersion,
            FigureRevision.Decision decision, BigDecimal revised, String reason, String user) {
        ServiceReturn r = editing.lockToSave(returnId, user);
        Cycle cycle = cycles.find(r.cycleId()).orElseThrow();
        Earlier e = quarters.earlier(r, cycle, measureId, earlierQuarter)
                .orElseThrow(() -> new IllegalArgumentException("That measure is not part of " + r.serviceName()
                        + "'s return"));
        Measure m = e.measure();
        String item = m.code() + " " + e.period();
        Optional<EarlierFigureRows.Row> before = rows.find(returnId, measureId, earlierQuarter);
        if (before.map(EarlierFigureRows.Row::appliedAt).isPresent()) {
            throw new IllegalStateException(item + ": the figure was made final when the return was accepted");
        }
        Optional<QuarterValue> earlier = values.find(measureId, earlierQuarter);
        boolean earlierAccepted = quarters.accepted(m.yearId(), earlierQuarter, m.serviceId());
        if (!FigureRevision.offered(m, earlierQuarter, e.laterQuarter(), earlier.orElse(null), earlierAccepted)) {
            if (before.isPresent() && earlier.map(QuarterValue::value).filter(v -> read != null
                    && v.compareTo(read) == 0).isPresent() && !earlierAccepted) {
                // nobody changed it: its return is back with the service, where it may yet change
                throw new IllegalStateException(item + ": the " + e.period() + " return is reopened for"
                        + " correction; say what became of its figure once it is accepted again");
            }
            if (earlier.isPresent() && before.isPresent()) {
                throw new SavedMeanwhileException(item + "'s figure", earlier.get().updatedBy(),
                        earlier.get().updatedAt());
            }
            throw new IllegalArgumentException(item + ": only a provisional figure of an earlier quarter's accepted "
                    + "return is confirmed or revised here");
        }
        if (read == null || earlier.get().value().compareTo(read) != 0) {
            throw new SavedMeanwhileException(item + "'s figure", earlier.get().updatedBy(),
                    earlier.get().updatedAt());
        }
        if (!Objects.equals(expectedVersion, before.map(EarlierFigureRows.Row::version).orElse(null))) {
            throw savedMeanwhile(item, before);
        }
        String was = before.map(b -> EarlierFigures.words(m, b.revision(), e.period())).orElse(null);
        Integer version;
        String now;
        if (decision == null) {
            if (before.isPresent() && !rows.clear(returnId, measureId, earlierQuarter, expectedVersion)) {
                throw savedMeanwhile(item, before);
            }
            version = null;
            now = null;
        } else {
            FigureRevision f = new FigureRevision(earlierQuarter, read, decision, revised, reason);
            // a revision becomes the earlier figure unchecked by the return's submission: checked here instead
            f.problem(m.code(), e.period()).or(() -> ValueValidity.error(m.definition().unit(), f.revised())
                    .map(error -> m.code() + ": the " + e.period() + " figure revised: " + error))
                    .ifPresent(why -> {
                        throw new IllegalArgumentException(why);
                    });
            EntryTexts.check(m.code(), "reason for the revision", f.reason());
            version = rows.save(returnId, measureId, expectedVersion, f, user)
                    .orElseThrow(() -> savedMeanwhile(item, rows.find(returnId, measureId, earlierQuarter)));
            now = EarlierFigures.words(m, f, e.period());
        }
        new TrailChanges(trail, r.id(), user).change(EarlierFigures.EARLIER_FIGURE, item, was, now);
        return version;
    }

    private static SavedMeanwhileException savedMeanwhile(String item, Optional<EarlierFigureRows.Row> now) {
        return new SavedMeanwhileException(item + "'s figure", now.map(EarlierFigureRows.Row::updatedBy).orElse(null),
                now.map(EarlierFigureRows.Row::updatedAt).orElse(null));
    }
}
