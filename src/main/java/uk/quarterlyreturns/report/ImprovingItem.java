package uk.quarterlyreturns.report;

/**
 * Good news beside performance by exception: a measure that improved on its comparison period.
 *
 * @param heading e.g. "3.1 (BCI) Looked after children (per 10,000) 0-17 years"
 * @param figures e.g. "Q2: 65.3; Q1: 67.3; Target: 60; ↑ Improved"
 * @param why     "Improved and on target (Green)" or "Improved"
 */
public record ImprovingItem(String service, String ref, String heading, RagCell rag, String figures, String why) {
}
