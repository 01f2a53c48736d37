package uk.quarterlyreturns.framework;

import java.util.List;

/**
 * How a cumulative measure's year to date is worded wherever it is printed (the return's form, the quality check,
 * the report's pages and spreadsheet): "122 cum", or "30 cum to date, Q1 missing" when an earlier quarter has no
 * figure, so that nobody reads a year to date of one quarter as the year's so far.
 */
public final class YearToDateWords {

    private YearToDateWords() {
    }

    /** "122 cum", or "30 cum to date, Q1 missing" (the figure as already printed in its unit). */
    public static String cum(String figure, List<Integer> missing) {
        return missing.isEmpty() ? figure + " cum" : figure + " cum to date, " + missing(missing);
    }

    /** "Q1 missing", "Q1 and Q2 missing"; empty when every quarter is in. */
    public static String missing(List<Integer> missing) {
        return missing.isEmpty() ? "" : quarters(missing) + " missing";
    }

    /** "Q1", "Q1 and Q3", "Q1, Q2 and Q3"; empty for none. */
    public static String quarters(List<Integer> quarters) {
        List<String> names = quarters.stream().map(q -> "Q" + q).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
