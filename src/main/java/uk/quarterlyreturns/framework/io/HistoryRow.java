package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One past figure from a history file.
 *
 * @param year    the reporting year, written like "2016-17"
 * @param quarter 1-4 for a past quarter's own value, or null for the year's outturn
 */
public record HistoryRow(String code, String year, BigDecimal value, Integer quarter) {

    public HistoryRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
    }
}
