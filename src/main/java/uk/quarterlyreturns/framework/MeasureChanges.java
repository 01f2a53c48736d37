package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * What a framework or key actions file, or the measure form, may not do to what a year already holds: each rule in a
 * class of its own, checked here in one order (the order their locks are taken in).
 */
@Component
class MeasureChanges {

    private final YearRepository years;
    private final ReturnLocks locks;
    private final FigurePeriodChanges periods;
    private final SignedFigureMoves moves;
    private final SignedReturnJoins joins;
    private final SignedRatingChanges ratings;
    private final NobodyToSignOff directors;
    private final ReportedUntilChanges lastQuarters;
    private final ReportedFromChecks firstQuarters;

    MeasureChanges(YearRepository years, ReturnLocks locks, FigurePeriodChanges periods, SignedFigureMoves moves,
            SignedReturnJoins joins, SignedRatingChanges ratings, NobodyToSignOff directors,
            ReportedUntilChanges lastQuarters, ReportedFromChecks firstQuarters) {
        this.lastQuarters = lastQuarters;
        this.firstQuarters = firstQuarters;
        this.years = years;
        this.locks = locks;
        this.periods = periods;
        this.moves = moves;
        this.joins = joins;
        this.ratings = ratings;
        this.directors = directors;
    }

    /** The year's unpublished quarters for one import's checks, read when first needed. */
    UnpublishedQuarters unpublishedQuarters(ReportingYear year) {
        return new UnpublishedQuarters(locks, years, year.id());
    }

    /** The first quarter of a measure added now (see ReportedFromChecks). */
    Integer reportedFromNow(ReportingYear year, UnpublishedQuarters unpublished) {
        return firstQuarters.ofMeasuresAddedNow(year.id(), unpublished);
    }

    /**
     * Every refusal of a framework file's (or the measure form's) rows, as each rule gives them.
     *
     * @param stored   each row's stored measure, or null for a new one
     * @param services each row's service in the file (a new one provisional), or empty when it could not be placed
     * @param existing the services there were before the import
     */
    List<ImportError> ofMeasures(ReportingYear year, List<Numbered<FrameworkRow>> rows, List<Measure> stored,
            List<Optional<Long>> services, Set<Long> existing, UnpublishedQuarters unpublished) {
        Map<Integer, ReturnJoin> joining = ReturnJoin.ofMeasures(year, rows, stored, services);
        IntUnaryOperator rowNumber = i -> rows.get(i).rowNumber();
        List<ImportError> errors = new ArrayList<>(periods.hidingFigures(year, rows, stored));
        errors.addAll(periods.switchingArrearsMidYear(year, rows, stored));
        errors.addAll(lastQuarters.retiringIntoThePast(year, rows, stored));
        errors.addAll(firstQuarters.owedByNoReturn(year, rows, stored, unpublished));
        errors.addAll(moves.movingSignedFigures(year, rows, stored, services));
        errors.addAll(joins.joiningSignedReturns(year, joining, rowNumber, unpublished));
        errors.addAll(ratings.changingSignedRatings(year, rows, stored, unpublished));
        errors.addAll(directors.issuingReturns(year, joining, rowNumber, existing));
        return errors;
    }

    /**
     * Every refusal of a key actions file's rows: moves out of and into returns already submitted, and a return
     * issued to a service with nobody to sign it off.
     *
     * @param stored   each row's stored key action, or null for a new one
     * @param services each row's service in the file, or empty when it could not be placed
     * @param existing the services there were before the import
     */
    List<ImportError> ofKeyActions(ReportingYear year, List<Numbered<KeyActionRow>> rows, List<KeyAction> stored,
            List<Optional<Long>> services, Set<Long> existing, UnpublishedQuarters unpublished) {
        Map<Integer, ReturnJoin> joining = ReturnJoin.ofKeyActions(rows, stored, services);
        IntUnaryOperator rowNumber = i -> rows.get(i).rowNumber();
        List<ImportError> errors = new ArrayList<>(moves.movingSignedStatuses(year, rows, stored, services));
        errors.addAll(joins.joiningSignedReturns(year, joining, rowNumber, unpublished));
        errors.addAll(directors.issuingReturns(year, joining, rowNumber, existing));
        return errors;
    }

    /** Why a measure as the form read it may not be saved over: it has been changed or removed since. */
    static Optional<ImportError> changedSinceRead(ReportingYear year, Map<String, Measure> stored, FrameworkRow read) {
        Optional<Measure> now = stored.values().stream().filter(m -> m.code().equalsIgnoreCase(read.code()))
                .findFirst();
        if (now.isEmpty()) {
            return Optional.of(new ImportError(2, null, read.code() + " was removed from " + year.display()
                    + " after you opened it: nothing was saved."));
        }
        if (!now.get().definition().equals(MeasureRepository.normalised(read))) {
            return Optional.of(new ImportError(2, null, read.code() + " was changed after you opened it (by"
                    + " another officer, another tab or an import): nothing was saved. Cancel, and open it again"
                    + " to see the change before making yours."));
        }
        return Optional.empty();
    }
}
