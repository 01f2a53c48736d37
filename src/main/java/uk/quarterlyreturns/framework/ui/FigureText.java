package uk.quarterlyreturns.framework.ui;

import java.math.BigDecimal;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

/**
 * Figures as the screens print them: the same text as the report, at the measure's decimals (null when the framework
 * gave none) and with its unit.
 */
public final class FigureText {

    private FigureText() {
    }

    public static String of(BigDecimal value, Unit unit, Integer decimals) {
        return value == null ? "–" : unit.format(value, decimals);
    }

    /** A profiled target, or the words for a measure without one. */
    public static String target(BigDecimal profiled, Target target, Unit unit, Integer decimals) {
        return switch (target.kind()) {
            case VALUE -> of(profiled, unit, decimals);
            case NO_TARGET -> "No target";
            case TBA -> "TBA";
        };
    }

    /** "↑ Improved", or "No comparison" when there is nothing to compare with. */
    public static String direction(Direction direction) {
        return direction == null ? "No comparison" : direction.arrow() + " " + direction.label();
    }
}
