package uk.quarterlyreturns.framework;

import java.math.BigDecimal;

/** An earlier year's outturn (quarter null) or an earlier quarter's own value. */
public record HistoryEntry(long measureId, String year, Integer quarter, BigDecimal value) {
}
