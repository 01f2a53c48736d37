package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One past figure from a history file.
 *
 * @param year    the reporting year, written like "2016-17"
 * @param quarter 1-4 for a past quarter's own value, or null for the year's outturn
 * @param unit    the unit a year's outturn was published in when it differs from the measure's, or null
 */
public record HistoryRow(String code, String year, BigDecimal value, Integer quarter, String unit) {

    public HistoryRow(String code, String year, BigDecimal value, Integer quarter) {
        this(code, year, value, quarter, null);
    }

    public HistoryRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
    }
}
