package uk.quarterlyreturns.base.tabular;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strict reading of a number typed by a person. Only a plain decimal is accepted ("12", "-3.5",
 * ".5", also with the minus sign U+2212); anything a spreadsheet might have turned into something else (an
 * exponent, a thousands separator, a currency or percent sign, a negative in brackets) is refused with a message saying how to write it, because
 * guessing could silently store a figure 100 or 1,000 times out.
 */
public final class Numbers {

    public static final int MAX_WHOLE_DIGITS = 12;
    public static final int MAX_DECIMAL_PLACES = 6;

    private static final Pattern PLAIN = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)[eE][-+]?\\d+");
    private static final Pattern SPACED_DIGITS = Pattern.compile("\\d[\\s\\u00A0\\u202F]+\\d");
    /** An accountant's negative, "(5)": not read, as brackets around a figure might mean something else. */
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*\\)");
    private static final Set<String> NOT_FINITE = Set.of("nan", "inf", "infinity", "∞");

    private Numbers() {
    }

    /**
     * The number written in {@code text} (surrounding spaces ignored), in its plain form: trailing
     * zeros after the point dropped and "-0" read as 0, so that "60", "60.0" and "60.00" are equal.
     *
     * @throws NumberFormatException with a message a person can act on
     */
    public static BigDecimal parse(String text) {
        // a minus sign (U+2212), as word processors and web pages write it, is the same sign as the hyphen's
        String trimmed = Whitespace.trim(text).replace('\u2212', '-');
        if (PLAIN.matcher(trimmed).matches()) {
            checkDigits(trimmed);
            return plain(new BigDecimal(trimmed));
        }
        throw new NumberFormatException(problem(trimmed));
    }

    /** Like {@link #parse}, but an empty (or blank, or null) text is no number: null. */
    public static BigDecimal parseOptional(String text) {
        return Whitespace.trim(text).isEmpty() ? null : parse(text);
    }

    /** Drops trailing zeros after the point, never writing an exponent: 25.0 becomes 25. */
    public static BigDecimal plain(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void checkDigits(String text) {
        String unsigned = text.startsWith("-") ? text.substring(1) : text;
        int point = unsigned.indexOf('.');
        String whole = point < 0 ? unsigned : unsigned.substring(0, point);
        String fraction = point < 0 ? "" : unsigned.substring(point + 1);
        // counted by hand: a regex here would be compiled for every number of a file of thousands
        int leadingZeros = 0;
        while (leadingZeros < whole.length() && whole.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        int decimalPlaces = fraction.length();
        while (decimalPlaces > 0 && fraction.charAt(decimalPlaces - 1) == '0') {
            decimalPlaces--;
        }
        int wholeDigits = whole.length() - leadingZeros;
        if (wholeDigits > MAX_WHOLE_DIGITS || decimalPlaces > MAX_DECIMAL_PLACES) {
            throw new NumberFormatException("The number has too many digits: at most "
                    + MAX_WHOLE_DIGITS + " before the decimal point and " + MAX_DECIMAL_PLACES + " after");
        }
    }

    private static String problem(String text) {
        if (text.isEmpty()) {
            return "A number is needed";
        }
        if (text.matches(".*[£$€%].*")) {
            return "Write a plain number, without £ or %";
        }
        if (text.contains(",")) {
            return "Use a dot for decimals and no thousands separators";
        }
        if (EXPONENT.matcher(text).matches()) {
            return "Write the number in full, without an exponent";
        }
        if (NOT_FINITE.contains(text.replaceFirst("^[-+]", "").toLowerCase(Locale.ROOT))) {
            return "Not a number: write a plain number";
        }
        if (BRACKETED.matcher(text).matches()) {
            return "Write a negative number with a minus sign, such as -5, not in brackets";
        }
        if (text.startsWith("+") && PLAIN.matcher(text.substring(1)).matches()) {
            return "Write the number without a plus sign";
        }
        if (SPACED_DIGITS.matcher(text).find()) {
            return "Use a dot for decimals and no thousands separators";
        }
        return "Not a number";
    }
}
