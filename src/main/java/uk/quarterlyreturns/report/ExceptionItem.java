package uk.quarterlyreturns.report;

/**
 * A measure or key action that is Amber or worse, with the service's explanation.
 *
 * @param kind           "Measure" or "Key action"
 * @param heading        e.g. "3.1 (BCI) Looked after children (per 10,000) 0-17 years"
 * @param figures        e.g. "Q2: 65.3; Q1: 67.3; Target: 60; ↑ Improved" (empty for actions)
 * @param commentary     an action's progress update, or null
 * @param reasons        "Reasons for performance", or null
 * @param actionsPlanned "Actions planned", or null
 * @param targetChanged  for a measure whose target or rating rule moved during the year, the sentence saying so;
 *                       else null
 */
public record ExceptionItem(String kind, String ref, String heading, RagCell rag, String figures,
                            String commentary, String reasons, String actionsPlanned,
                            String targetChanged) {
}
