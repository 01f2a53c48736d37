package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.time.Instant;

/** What was returned for one measure in one quarter: the figure, its narrative and any RAG override. */
public record QuarterValue(long measureId, int quarter, BigDecimal value, String note, BigDecimal numerator,
        BigDecimal denominator, String reasons, String actionsPlanned, String queryExplanation, RagOverride override,
        String updatedBy, Instant updatedAt, int version) {
}
