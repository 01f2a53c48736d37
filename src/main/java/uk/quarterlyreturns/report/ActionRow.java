package uk.quarterlyreturns.report;

/**
 * A key action as the theme's actions table prints it.
 *
 * @param action  "(ERC009) Engage with businesses..."
 * @param outcome the outcome it serves, or null
 */
public record ActionRow(String ref, String title, String action, String service, String directorate,
                        String outcome, RagCell status, String commentary, String reasons, String actionsPlanned) {
}
