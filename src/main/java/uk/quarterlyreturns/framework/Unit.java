package uk.quarterlyreturns.framework;

/** What a measure's value counts. */
public enum Unit {
    PERCENT("%"),
    COUNT(""),
    GBP("£"),
    DAYS("days"),
    RATE_PER_10K("per 10k"),
    RATE_PER_100K("per 100k"),
    NUMBER("");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
