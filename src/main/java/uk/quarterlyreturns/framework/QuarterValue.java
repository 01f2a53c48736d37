package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What was returned for one measure in one quarter: the figure (or why it is not available), its narrative
 * and any RAG override.
 *
 * @param provisional the service marked the figure provisional: given before it is final, and may be revised
 */
public record QuarterValue(long measureId, int quarter, BigDecimal value, String note, BigDecimal numerator,
        BigDecimal denominator, String reasons, String actionsPlanned, String queryExplanation, String notAvailableReason,
        RagOverride override, String updatedBy, Instant updatedAt, int version, boolean provisional) {

    /** A figure not marked provisional. */
    public QuarterValue(long measureId, int quarter, BigDecimal value, String note, BigDecimal numerator,
            BigDecimal denominator, String reasons, String actionsPlanned, String queryExplanation,
            String notAvailableReason, RagOverride override, String updatedBy, Instant updatedAt, int version) {
        this(measureId, quarter, value, note, numerator, denominator, reasons, actionsPlanned, queryExplanation,
                notAvailableReason, override, updatedBy, updatedAt, version, false);
    }

    /**
     * The service said the figure cannot be given this quarter, and why. A reason kept from before a figure came (as
     * stored before figures cleared it) is not one: the form would offer it again once the figure was cleared.
     */
    public boolean notAvailable() {
        return value == null && notAvailableReason != null && !notAvailableReason.isBlank();
    }
}
