package uk.quarterlyreturns.base.calendar;

import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Date patterns in the UK's form, where a short month is three letters: the JDK's British locale writes September
 * as "Sept", which no council's paper does ("30 Sep 2017").
 */
public final class UkDateFormat {

    private static final Map<Long, String> SHORT_MONTHS = LongStream.rangeClosed(1, 12).boxed()
            .collect(Collectors.toMap(m -> m, m -> Month.of(m.intValue()).getDisplayName(TextStyle.FULL, Locale.UK)
                    .substring(0, 3)));

    private UkDateFormat() {
    }

    /** As {@link DateTimeFormatter#ofPattern(String, Locale)} for the UK, each short month ("MMM") in three letters. */
    public static DateTimeFormatter ofPattern(String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        StringBuilder rest = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int run = 1;
            while (!quoted && c == 'M' && i + run < pattern.length() && pattern.charAt(i + run) == 'M') {
                run++;
            }
            if (!quoted && c == 'M' && run == 3) {
                builder.appendPattern(rest.toString()).appendText(ChronoField.MONTH_OF_YEAR, SHORT_MONTHS);
                rest.setLength(0);
            } else {
                rest.append(pattern, i, i + run);
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            i += run - 1;
        }
        return builder.appendPattern(rest.toString()).toFormatter(Locale.UK);
    }
}
