package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A figure of money as Cabinet papers print it, the one rule the report, the screens and the spreadsheet follow:
 * £100,000 or more in millions to at most two places ("£1.7m", "£0.36m", "£10m": one place alone printed £360,000
 * and a target of £400,000 both "£0.4m" beside an Amber), from £10,000 in thousands ("£30k"), smaller sums in
 * full at the measure's decimals ("£1,250.50"). The sum is in pounds whatever the unit counts (12,345 in £k is
 * £12.35m), and the scale is the one it still reads in once rounded: £99,950 is £100k to the nearest thousand, so it
 * prints "£0.1m", never "£100k".
 *
 * @param pounds the sum in pounds, unrounded
 * @param scale  what it prints in
 * @param places the places printed in that scale
 */
public record Money(BigDecimal pounds, Scale scale, int places) {

    public enum Scale {
        POUNDS(0, ""), THOUSANDS(3, "k"), MILLIONS(6, "m");

        private final int power;
        private final String suffix;

        Scale(int power, String suffix) {
            this.power = power;
            this.suffix = suffix;
        }

        /** The sum in this scale, unrounded: £1,700,000 is 1.7 in millions. */
        public BigDecimal of(BigDecimal pounds) {
            return pounds.movePointLeft(power);
        }

        /** The power of ten it counts in: 3 for thousands. */
        public int power() {
            return power;
        }

        public String suffix() {
            return suffix;
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Places in millions: to £10,000, the nearest a sum printed in millions is judged against its target by eye. */
    private static final int MILLIONS_PLACES = 2;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The figure as money, or empty for a unit that is not money (a percentage, a count, visits). */
    public static Optional<Money> of(BigDecimal value, Unit unit, Integer decimals) {
        int power = switch (unit.kind()) {
            case GBP -> 0;
            case GBP_THOUSANDS -> 3;
            case GBP_MILLIONS -> 6;
            default -> -1;
        };
        if (power < 0) {
            return Optional.empty();
        }
        BigDecimal pounds = value.movePointRight(power);
        if (Scale.THOUSANDS.of(pounds).abs().setScale(0, RoundingMode.HALF_UP).compareTo(HUNDRED) >= 0) {
            // "£10m", not "£10.00m"; and never finer than the measure keeps it (1.25 in £m kept to 1 place is £1.3m)
            int kept = Math.max(0, Unit.shown(value, decimals).scale() - power + Scale.MILLIONS.power());
            BigDecimal millions = Scale.MILLIONS.of(pounds).setScale(Math.min(MILLIONS_PLACES, kept),
                    RoundingMode.HALF_UP);
            return Optional.of(new Money(pounds, Scale.MILLIONS, Unit.placesAsWritten(millions)));
        }
        // in full, a figure kept to 1 place in £k is whole pounds: the places the measure keeps, in pounds
        int inFull = Math.max(0, Unit.shown(value, decimals).scale() - power);
        if (pounds.abs().setScale(inFull, RoundingMode.HALF_UP).compareTo(TEN_THOUSAND) >= 0) {
            return Optional.of(new Money(pounds, Scale.THOUSANDS, 0));
        }
        return Optional.of(new Money(pounds, Scale.POUNDS, inFull));
    }

    /** "£1.7m", "-£30k", "£1,250.50". */
    public String text() {
        BigDecimal shown = scale.of(pounds).setScale(places, RoundingMode.HALF_UP);
        return (shown.signum() < 0 ? "-£" : "£") + Unit.number(shown.abs()) + scale.suffix();
    }
}
