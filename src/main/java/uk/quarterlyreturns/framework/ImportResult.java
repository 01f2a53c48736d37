package uk.quarterlyreturns.framework;

/** What an import did: rows read, and how many of them changed something. */
public record ImportResult(int rows, int changed, int unchanged) {
}
