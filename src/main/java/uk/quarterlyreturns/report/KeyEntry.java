package uk.quarterlyreturns.report;

/**
 * One line of the key to ratings.
 *
 * @param code    "A/G", or a summary word
 * @param label   "Amber/Green"
 * @param style   the CSS class that colours it, or null for a line with no colour
 * @param meaning what it means, in words
 */
public record KeyEntry(String code, String label, String style, String meaning) {
}
