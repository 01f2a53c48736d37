package uk.quarterlyreturns.framework.ui;

import java.math.BigDecimal;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

/** Figures as the screens print them: the number as entered, with "%" after a percentage and "£" before money. */
public final class FigureText {

    private FigureText() {
    }

    public static String of(BigDecimal value, Unit unit) {
        if (value == null) {
            return "–";
        }
        String number = value.stripTrailingZeros().toPlainString();
        return switch (unit) {
            case PERCENT -> number + "%";
            case GBP -> "£" + number;
            case COUNT, NUMBER -> number;
            default -> number + " " + unit.symbol();
        };
    }

    /** A profiled target, or the words for a measure without one. */
    public static String target(BigDecimal profiled, Target target, Unit unit) {
        return switch (target.kind()) {
            case VALUE -> of(profiled, unit);
            case NO_TARGET -> "No target";
            case TBA -> "TBA";
        };
    }

    /** "↑ Improved", or "No comparison" when there is nothing to compare with. */
    public static String direction(Direction direction) {
        return direction == null ? "No comparison" : direction.arrow() + " " + direction.label();
    }
}
