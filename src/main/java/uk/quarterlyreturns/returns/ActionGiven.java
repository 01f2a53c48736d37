package uk.quarterlyreturns.returns;

import uk.quarterlyreturns.framework.Rag;

/** What one row of an uploaded return's "Key actions" sheet gives a key action; null leaves a field as it is. */
public record ActionGiven(String code, Rag status, String commentary, String reasons, String actionsPlanned) {
}
