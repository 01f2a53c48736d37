package uk.quarterlyreturns.framework.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * One measure in one quarter, as GET .../measures gives it. {@code target} is the quarter's (profiled) target, null
 * both for "No target" and for a target not yet agreed, which {@code targetKind} tells apart (VALUE, NO_TARGET, TBA).
 * {@code ragOverride} is the override in effect only, as the report prints it (see MeasureStatus.overrideInEffect).
 * {@code comparedWith} is the figure the direction was judged against (null with no direction), as the report gives it.
 * {@code yearToDate} is a cumulative measure's year to date, as its RAG judged it; null for any other measure.
 * {@code yearToDateMissing} names the earlier quarters a cumulative measure's year to date lacks ([1]: Q1 had no
 * figure), whose shares {@code target} leaves out; empty when all are in. {@code provisional}: the service marked the
 * quarter's figure provisional (given before it is final); PUT .../measures/{code}/provisional sets it.
 * {@code inArrears}: the measure is reported a quarter in arrears, so its figure (stored, rated and compared as this
 * quarter's) is for the quarter before; {@code figurePeriod} says which quarter the figure covers, either way.
 * {@code returnNotIn}: the service's return of the quarter is not in (never submitted, or sent back and not submitted
 * again), so {@code value} and {@code rag} are the figure as entered so far, which the report prints as Missing.
 * {@code reportedFrom}: the first quarter whose return asks for the measure, when it was added once a quarter's report
 * was published (null: from Q1), as the framework export's {@code reported_from} gives it.
 */
record MeasureJson(String code, String title, String directorate, String service, String theme, String unit,
        String unitKind, BigDecimal value, BigDecimal yearToDate, List<Integer> yearToDateMissing, BigDecimal target,
        String targetKind, String rag, String ragComputed,
        Override ragOverride, String direction, Comparison comparedWith, String activity, boolean provisional,
        boolean inArrears, Period figurePeriod, boolean returnNotIn, Integer reportedFrom) {

    /** The quarter a figure covers: {@code {"year":"2026-27","quarter":1,"months":"Apr-Jun 2026"}}. */
    record Period(String year, int quarter, String months) {
        static Period of(ArrearsPeriod p) {
            return new Period(p.yearLabel(), p.quarter(), p.months());
        }
    }

    record Override(String rag, String by, Instant at, String justification) {
        static Override of(RagOverride o) {
            return o == null ? null : new Override(o.rag().name(), o.by(), o.at(), o.justification());
        }
    }

    static MeasureJson of(MeasureStatus s, ReportingYear year, boolean returnNotIn) {
        FrameworkRow d = s.measure().definition();
        return new MeasureJson(d.code(), d.title(), d.directorate(), d.service(), d.theme(), d.unit().written(),
                d.unit().kind().name(), s.value(), yearToDate(s), s.missingQuarters(), s.target(), name(d.target().kind()), name(s.rag()),
                name(s.ragComputed()), Override.of(s.overrideInEffect()), name(s.direction()),
                s.comparedWith(), name(s.activity()), s.provisional(),
                d.inArrears(), Period.of(ArrearsPeriod.covered(d, year.startsOn(), s.quarter())), returnNotIn,
                s.measure().reportedFrom());
    }

    /** A cumulative measure's year to date, as judged; null for the rest, which have none, as in the report. */
    private static BigDecimal yearToDate(MeasureStatus s) {
        return s.measure().rule().addsUpQuarters() ? s.judgedValue() : null;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
