package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/**
 * An earlier year's outturn (quarter null) or an earlier quarter's own value. {@code unit} is set only for an
 * outturn published in another unit than the measure's: it is printed, never compared.
 */
public record HistoryEntry(long measureId, String year, Integer quarter, BigDecimal value, Unit unit) {

    public HistoryEntry(long measureId, String year, Integer quarter, BigDecimal value) {
        this(measureId, year, quarter, value, null);
    }
}
