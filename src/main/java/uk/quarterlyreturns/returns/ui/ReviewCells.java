package uk.quarterlyreturns.returns.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.framework.ArrearsPeriod;
import uk.quarterlyreturns.framework.FigureSource;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Unit;
import uk.quarterlyreturns.framework.UnitKind;
import uk.quarterlyreturns.framework.YearToDateWords;
import uk.quarterlyreturns.framework.ui.FigureText;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ReviewItem;

/** The words in each cell of the quality check's grid, as the form and the report print figures. */
final class ReviewCells {

    static final int SHORT = 80;
    static final String NONE = "–";
    static final String NO_COMPARISON = "No comparison";

    private ReviewCells() {
    }

    static String item(ReviewItem i) {
        return i.code() + " " + i.title();
    }

    static String value(ReviewItem i) {
        MeasureStatus m = i.measure();
        if (m == null) {
            return NONE;
        }
        if (m.notAvailable()) {
            return "Not available";
        }
        String own = FigureText.of(m.value(), unit(m), decimals(m)) + ratio(m)
                + (m.provisional() ? " (provisional)" : "") + inArrears(m);
        boolean cumulative = m.measure().rule().addsUpQuarters();
        return cumulative && m.value() != null && m.judgedValue() != null
                ? own + " (" + YearToDateWords.cum(FigureText.of(m.judgedValue(), unit(m), decimals(m)),
                        m.missingQuarters()) + ")" : own;
    }

    /** " (380/664)": the count behind a rate, as the return gave it and the report prints it. */
    private static String ratio(MeasureStatus m) {
        String ratio = m.value() == null || m.entry() == null ? null
                : FigureSource.ratio(m.entry().numerator(), m.entry().denominator());
        return ratio == null ? "" : " (" + ratio + ")";
    }

    /** The note the figure came with, or null. */
    static String note(ReviewItem i) {
        return i.measure() == null || i.measure().entry() == null ? null : i.measure().entry().note();
    }

    /** Which quarter a figure reported a quarter in arrears is for: " (for Q1)". */
    private static String inArrears(MeasureStatus m) {
        return m.value() != null && m.measure().definition().inArrears()
                ? " (" + ArrearsPeriod.shortWords(m.quarter()) + ")" : "";
    }

    /** The value as the report prints it: a figure not available comes with the service's reason. */
    static String valueInFull(ReviewItem i) {
        MeasureStatus m = i.measure();
        return m != null && m.notAvailable() ? "Not available: " + m.entry().notAvailableReason() : value(i);
    }

    static String target(ReviewItem i) {
        MeasureStatus m = i.measure();
        return m == null ? NONE : FigureText.target(m.target(), m.measure().definition().target(), unit(m), decimals(m));
    }

    static String direction(ReviewItem i) {
        return i.measure() == null ? NO_COMPARISON : FigureText.direction(i.measure().direction());
    }

    /**
     * This quarter's own figure against last quarter's (in Q1, last year's Q4): "+5" or "-2.5 points" (a
     * percentage's change). The two are taken as the grid shows them, at the measure's decimals: 59.996% and 60.004%
     * both read 60.00%, so they have not changed.
     */
    static String change(ReviewItem i) {
        MeasureStatus m = i.measure();
        if (m == null || m.value() == null || m.previousQuarterValue() == null) {
            return NO_COMPARISON;
        }
        BigDecimal difference = Unit.shown(m.value(), decimals(m))
                .subtract(Unit.shown(m.previousQuarterValue(), decimals(m)));
        String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "-" : "";
        Unit unit = unit(m);
        if (unit.kind() == UnitKind.PERCENT) {
            return sign + Unit.of("count").format(difference.abs(), decimals(m)) + " points";
        }
        return sign + FigureText.of(difference.abs(), unit, decimals(m));
    }

    static String query(ReviewItem i) {
        if (!i.query()) {
            return NONE;
        }
        return i.queryExplanation() == null ? "Query, not explained" : "Query: " + i.queryExplanation();
    }

    /** The item's words in full: a key action's commentary, then the reasons and the actions planned. */
    static String narrative(ReviewItem i) {
        List<String> parts = new ArrayList<>();
        if (i.commentary() != null) {
            parts.add(i.commentary());
        }
        if (i.reasons() != null) {
            parts.add("Reasons: " + i.reasons());
        }
        if (i.actionsPlanned() != null) {
            parts.add("Actions planned: " + i.actionsPlanned());
        }
        return parts.isEmpty() ? NONE : String.join(" ", parts);
    }

    static String shortened(String text) {
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1).stripTrailing() + "…";
    }

    /**
     * "Open: ..." with the latest challenge, "Answered by ...: ..." with the service's answer, or "From an earlier
     * version: ..." for a challenge the return was sent back with, which acceptance no longer waits for.
     */
    static String challenge(ReviewItem i) {
        if (i.challenges().isEmpty()) {
            return NONE;
        }
        ReturnTrail.Event last = i.challenges().get(i.challenges().size() - 1);
        if (!Challenges.KIND.equals(last.kind())) {
            return "Answered by " + i.names().of(last.actor()) + ": " + last.comment();
        }
        return (i.challengeOpen() ? "Open: " : "From an earlier version: ") + last.comment();
    }

    static String flags(ReviewItem i) {
        return i.flags().isEmpty() ? NONE
                : i.flags().stream().map(ReviewItem.Flag::label).collect(Collectors.joining(", "));
    }

    private static Unit unit(MeasureStatus m) {
        return m.measure().definition().unit();
    }

    private static Integer decimals(MeasureStatus m) {
        return m.measure().definition().decimals();
    }
}
