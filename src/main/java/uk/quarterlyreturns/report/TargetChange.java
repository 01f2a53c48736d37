package uk.quarterlyreturns.report;

import java.time.LocalDate;

/**
 * A change to a measure's rating rule made during the year, after the year's first published report was compiled: Cabinet saw
 * the old rule in that report, so the later ones say it moved. Kept with the report version as compiled.
 *
 * @param what      the framework file's column that changed: target, floor, tolerance_pct, rag_scheme, polarity,
 *                  aggregation, profile_q1..profile_q4
 * @param from      the value before, as the framework file writes it; null for none
 * @param to        the value after, likewise
 * @param changedOn the day it was changed, London time
 * @param reason    the reason given, or null
 */
public record TargetChange(String what, String from, String to, LocalDate changedOn, String reason) {
}
