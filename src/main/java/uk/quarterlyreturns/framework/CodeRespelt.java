package uk.quarterlyreturns.framework;

/**
 * A measure's or key action's code given other letters by a file (`erc009` put right as `ERC009`): the returns
 * feature moves the year's return histories to the new spelling, in the same transaction, so that the item's
 * challenges, answers and changes stay its own.
 */
public record CodeRespelt(long yearId, String from, String to) {
}
