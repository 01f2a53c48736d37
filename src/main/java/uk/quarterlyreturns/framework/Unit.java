package uk.quarterlyreturns.framework;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a measure's value counts, as the framework wrote it ("%", "visits", "SAP rating", "rate per 100k"),
 * and the kind of figure those words make. The written unit is what every screen, file and report shows.
 */
public record Unit(String written, UnitKind kind) {

    public static final int MAX_LENGTH = 40;

    public static final Unit PERCENT = new Unit("%", UnitKind.PERCENT);
    public static final Unit COUNT = new Unit("count", UnitKind.COUNT);
    public static final Unit NUMBER = new Unit("number", UnitKind.COUNT);
    public static final Unit GBP = new Unit("£", UnitKind.GBP);
    public static final Unit DAYS = new Unit("days", UnitKind.DAYS);
    public static final Unit WEEKS = new Unit("weeks", UnitKind.WEEKS);
    public static final Unit RATE_PER_10K = new Unit("rate per 10k", UnitKind.RATE_PER_10K);
    public static final Unit RATE_PER_100K = new Unit("rate per 100k", UnitKind.RATE_PER_100K);

    /** The names of the closed list we once had; files and databases written then still hold them. */
    private static final Map<String, Unit> FORMER_NAMES = Map.of("PERCENT", PERCENT, "COUNT", COUNT,
            "NUMBER", NUMBER, "GBP", GBP, "DAYS", DAYS, "RATE_PER_10K", RATE_PER_10K, "RATE_PER_100K", RATE_PER_100K);

    private static final Map<String, UnitKind> KNOWN_WORDS = Map.ofEntries(
            Map.entry("%", UnitKind.PERCENT), Map.entry("percent", UnitKind.PERCENT),
            Map.entry("percentage", UnitKind.PERCENT),
            Map.entry("count", UnitKind.COUNT), Map.entry("number", UnitKind.COUNT),
            Map.entry("£", UnitKind.GBP), Map.entry("gbp", UnitKind.GBP),
            Map.entry("£k", UnitKind.GBP_THOUSANDS), Map.entry("£m", UnitKind.GBP_MILLIONS),
            Map.entry("days", UnitKind.DAYS), Map.entry("weeks", UnitKind.WEEKS),
            Map.entry("rate per 1,000", UnitKind.RATE_PER_1000), Map.entry("rate per 1000", UnitKind.RATE_PER_1000),
            Map.entry("rate per 1k", UnitKind.RATE_PER_1000),
            Map.entry("rate per 10k", UnitKind.RATE_PER_10K), Map.entry("rate per 10,000", UnitKind.RATE_PER_10K),
            Map.entry("rate per 10000", UnitKind.RATE_PER_10K),
            Map.entry("rate per 100k", UnitKind.RATE_PER_100K), Map.entry("rate per 100,000", UnitKind.RATE_PER_100K),
            Map.entry("rate per 100000", UnitKind.RATE_PER_100K));

    public Unit {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The unit for words as a framework writes them: known words (any case, spaces squeezed) choose their
     * kind; the former names (PERCENT, RATE_PER_10K, ...) become their words; anything else is kept as written.
     *
     * @throws IllegalArgumentException when empty or longer than {@value #MAX_LENGTH} characters
     */
    public static Unit of(String text) {
        String written = text == null ? "" : text.trim().replaceAll("\\s+", " ");
        if (written.isEmpty()) {
            throw new IllegalArgumentException("Must not be empty: write the unit, e.g. %, count, £m, days or visits");
        }
        if (written.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Too long: at most " + MAX_LENGTH + " characters (this has "
                    + written.length() + ")");
        }
        Unit former = FORMER_NAMES.get(written.toUpperCase(Locale.UK));
        if (former != null) {
            return former;
        }
        UnitKind kind = KNOWN_WORDS.getOrDefault(written.toLowerCase(Locale.UK), UnitKind.WRITTEN);
        return new Unit(written, kind);
    }

    @JsonIgnore // derived from the kind: not a property of its own in stored reports
    public boolean isPercent() {
        return kind == UnitKind.PERCENT;
    }

    /**
     * What a ratio is multiplied by to be a figure in this unit: 100 for a percentage, 1,000, 10,000 or 100,000
     * for a rate per that many, and 1 for any other unit.
     */
    public BigDecimal base() {
        return switch (kind) {
            case PERCENT -> BigDecimal.valueOf(100);
            case RATE_PER_1000 -> BigDecimal.valueOf(1_000);
            case RATE_PER_10K -> BigDecimal.valueOf(10_000);
            case RATE_PER_100K -> BigDecimal.valueOf(100_000);
            default -> BigDecimal.ONE;
        };
    }

    /**
     * The figure with its unit at the measure's decimals: "57.8%", "22,099 visits", and money in full ("£1,710,000"),
     * for words that must give the figure exactly, such as a revision's. With no decimals given (null) it prints as a
     * council writes it (see {@link #shown}). Tables and figures on their own print {@link #printed}.
     */
    public String format(BigDecimal value, Integer decimals) {
        return withUnit(number(shown(value, decimals)));
    }

    /**
     * The figure as it prints, its scale the places shown: the measure's decimals when the framework gave them;
     * when it gave none, rounded to the default stored precision but with no trailing zeros, so a count reads
     * "22,099" and a share "57.2%" rather than "22,099.00" and "57.20%".
     */
    public static BigDecimal shown(BigDecimal value, Integer decimals) {
        if (decimals != null) {
            return value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
        }
        return withoutTrailingZeros(value.setScale(MeasureRule.DEFAULT_DECIMALS, RoundingMode.HALF_UP));
    }

    /**
     * The figure as the report, the screens and the spreadsheet print it: {@link #format}, but money in the scale
     * Cabinet papers use ("£1.7m", "£30k": see {@link Money}).
     */
    public String printed(BigDecimal value, Integer decimals) {
        return Money.of(value, this, decimals).map(Money::text).orElseGet(() -> format(value, decimals));
    }

    /** The places a figure was written to ("60" none, "99.50" one), as targets are agreed and printed. */
    public static int placesAsWritten(BigDecimal value) {
        return withoutTrailingZeros(value).scale();
    }

    /**
     * The places to print a target or threshold at: as precisely as a figure is judged against it, so 4,500.5 of a
     * measure of whole numbers is not printed as 4,501 beside a 4,501 called above it. Null (the default precision,
     * no trailing zeros) when the measure has no decimals and the bound is no finer than that; the measure's own with
     * no bound.
     */
    public static Integer placesAsJudged(BigDecimal bound, Integer decimals) {
        if (bound == null) {
            return decimals;
        }
        int written = placesAsWritten(bound);
        return decimals != null ? Integer.valueOf(Math.max(decimals, written))
                : written > MeasureRule.DEFAULT_DECIMALS ? Integer.valueOf(written) : null;
    }

    /** "22,099" rather than "22,099.00", and never "2.2E+4". */
    private static BigDecimal withoutTrailingZeros(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /**
     * The words put after a figure, or "" when the unit goes before it or is a plain count. Known units
     * print in one short form whatever their spelling ("rate per 10,000" prints "per 10k").
     */
    public String suffix() {
        return switch (kind) {
            case PERCENT -> "%";
            case COUNT, GBP -> "";
            case GBP_THOUSANDS -> "k";
            case GBP_MILLIONS -> "m";
            case DAYS -> " days";
            case WEEKS -> " weeks";
            case RATE_PER_1000 -> " per 1,000";
            case RATE_PER_10K -> " per 10k";
            case RATE_PER_100K -> " per 100k";
            case WRITTEN -> " " + written;
        };
    }

    /** "£" before money, or "". */
    public String prefix() {
        return switch (kind) {
            case GBP, GBP_THOUSANDS, GBP_MILLIONS -> "£";
            default -> "";
        };
    }

    private String withUnit(String number) {
        boolean negative = number.startsWith("-");
        String magnitude = negative ? number.substring(1) : number;
        return (negative ? "-" : "") + prefix() + magnitude + suffix();
    }

    /** "1,234.50": thousands separators and the value's own places. */
    static String number(BigDecimal value) {
        // DecimalFormat is not thread-safe, so each call makes its own
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(value.scale());
        format.setMaximumFractionDigits(value.scale());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public String toString() {
        return written;
    }
}
