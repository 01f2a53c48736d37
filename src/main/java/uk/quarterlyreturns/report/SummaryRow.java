package uk.quarterlyreturns.report;

/**
 * One row of a Kent-style table. G, A, R and missing count actions and measures together (so the
 * totals row matches the headline counts); improved, unchanged and worsened count measures only, as
 * key actions have no direction of travel.
 *
 * @param green  on track (Green and Amber/Green)
 * @param amber  at risk (Amber)
 * @param red    off track (Red/Amber and Red)
 */
public record SummaryRow(String name, int green, int amber, int red, int missing, int improved,
                         int unchanged, int worsened) {

    /** This row and another added together, for the totals row. */
    public SummaryRow plus(SummaryRow other, String totalName) {
        return new SummaryRow(totalName, green + other.green, amber + other.amber, red + other.red,
                missing + other.missing, improved + other.improved, unchanged + other.unchanged,
                worsened + other.worsened);
    }
}
