package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly profile of a cumulative target: the percent of the annual target expected by the end
 * of each quarter, given in full (four columns) or not at all (the default 25, 50, 75, 100). By the end of Q4 it
 * is the whole target: profile_q4 is always 100.
 */
final class ProfileColumns {

    static final List<String> COLUMNS = List.of("profile_q1", "profile_q2", "profile_q3", "profile_q4");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProfileColumns() {
    }

    /** The four percentages, or null when the row has an error in them. */
    static List<BigDecimal> read(RowCells cells) {
        List<BigDecimal> values = new ArrayList<>();
        boolean anyGiven = false;
        boolean allGiven = true;
        for (String column : COLUMNS) {
            anyGiven |= !cells.isEmpty(column);
            allGiven &= !cells.isEmpty(column);
            BigDecimal value = cells.number(column);
            if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
                cells.error(column, "Must be a percentage from 0 to 100");
                value = null;
            }
            values.add(value);
        }
        if (!anyGiven) {
            return FrameworkRow.DEFAULT_PROFILE;
        }
        if (!allGiven) {
            for (String column : COLUMNS) {
                if (cells.isEmpty(column)) {
                    cells.error(column, "Give all four profile percentages (profile_q1 to profile_q4),"
                            + " or none for the default 25, 50, 75, 100");
                }
            }
            return null;
        }
        checkNotDecreasing(cells, values);
        BigDecimal yearEnd = values.get(3);
        if (yearEnd != null && yearEnd.compareTo(HUNDRED) != 0) {
            cells.error(COLUMNS.get(3), "profile_q4 must be 100: by the end of the year the whole annual target is"
                    + " due");
            return null;
        }
        return values.contains(null) ? null : values;
    }

    /** A year-to-date target cannot fall: each quarter's percentage is at least the one before. */
    private static void checkNotDecreasing(RowCells cells, List<BigDecimal> values) {
        for (int q = 1; q < values.size(); q++) {
            BigDecimal before = values.get(q - 1);
            BigDecimal now = values.get(q);
            if (before != null && now != null && now.compareTo(before) < 0) {
                cells.error(COLUMNS.get(q), "The profile must not go down: " + COLUMNS.get(q) + " ("
                        + now.toPlainString() + ") is below " + COLUMNS.get(q - 1) + " ("
                        + before.toPlainString() + ")");
            }
        }
    }
}
