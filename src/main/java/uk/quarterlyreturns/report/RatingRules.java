package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rating rules the year's framework uses, so that the report's key states them.
 *
 * @param fivePointEdges  the shortfall edges e1, e2, e3 (percent) of the five-point scale
 * @param fivePoint       whether any measure is rated on the five-point scale
 * @param targetFloor     whether any measure is rated against a target and a floor
 * @param tolerancePcts   the tolerances (percent) measures rated against a tolerance use, smallest first
 */
public record RatingRules(List<BigDecimal> fivePointEdges, boolean fivePoint, boolean targetFloor,
                          List<BigDecimal> tolerancePcts) {

    public RatingRules {
        fivePointEdges = fivePointEdges == null ? List.of() : List.copyOf(fivePointEdges);
        tolerancePcts = tolerancePcts == null ? List.of() : List.copyOf(tolerancePcts);
    }
}
