package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/** Direction of travel of a figure against the one it is compared with, by polarity (see RagEngine.direction). */
final class DirectionOfTravel {

    private DirectionOfTravel() {
    }

    static Optional<Direction> of(Polarity p, BigDecimal current, BigDecimal previous, int decimals) {
        Objects.requireNonNull(p, "polarity");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals cannot be negative, got " + decimals);
        }
        if (current == null || previous == null) {
            return Optional.empty();
        }
        int change = current.setScale(decimals, RoundingMode.HALF_UP)
                .compareTo(previous.setScale(decimals, RoundingMode.HALF_UP));
        if (change == 0) {
            return Optional.of(Direction.UNCHANGED);
        }
        boolean rose = change > 0;
        boolean better = rose == (p == Polarity.HIGHER_IS_BETTER);
        return Optional.of(better ? Direction.IMPROVED : Direction.WORSENED);
    }
}
