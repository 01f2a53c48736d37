package uk.quarterlyreturns.framework.ui;

import java.math.BigDecimal;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.HistoryEntry;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

/**
 * Figures as the screens print them: the same text as the report (Unit.printed), at the measure's decimals (null when
 * the framework gave none), with its unit and money in its scale ("£1.7m").
 */
public final class FigureText {

    private FigureText() {
    }

    public static String of(BigDecimal value, Unit unit, Integer decimals) {
        return value == null ? "–" : unit.printed(value, decimals);
    }

    /**
     * A past year's outturn, "–" when there is none. One published in another unit than the measure's (a share,
     * before the council counted tonnes) prints in that unit as it was published, as the report prints it.
     */
    public static String outturn(HistoryEntry outturn, Unit unit, Integer decimals) {
        if (outturn == null) {
            return of(null, unit, decimals);
        }
        return outturn.unit() == null ? of(outturn.value(), unit, decimals)
                : of(outturn.value(), outturn.unit(), Unit.placesAsWritten(outturn.value()));
    }

    /**
     * A profiled target, or the words for a measure without one. Targets are never rounded when judged, so one finer
     * than the measure's decimals prints as it is (62.5 beside a figure of 63, not 63 beside an Amber 63), as the
     * report prints it.
     */
    public static String target(BigDecimal profiled, Target target, Unit unit, Integer decimals) {
        return switch (target.kind()) {
            case VALUE -> asJudged(profiled, unit, decimals);
            case NO_TARGET -> "No target";
            case TBA -> "TBA";
        };
    }

    /** A target or an activity indicator's threshold, as precisely as a figure is judged against it. */
    public static String asJudged(BigDecimal bound, Unit unit, Integer decimals) {
        return of(bound, unit, Unit.placesAsJudged(bound, decimals));
    }

    /** "↑ Improved", or "No comparison" when there is nothing to compare with. */
    public static String direction(Direction direction) {
        return direction == null ? "No comparison" : direction.arrow() + " " + direction.label();
    }
}
