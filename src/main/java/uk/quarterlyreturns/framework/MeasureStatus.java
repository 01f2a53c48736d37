package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * A measure as it stands in one quarter: its own figure, what the RAG judged (the year to date for a
 * cumulative measure), the profiled target, the computed and effective RAG, and the direction of travel.
 */
public record MeasureStatus(Measure measure, int quarter, BigDecimal value, BigDecimal judgedValue,
        BigDecimal target, Rag ragComputed, RagOverride override, Direction direction, ActivityStatus activity,
        List<BigDecimal> quarterValues, QuarterValue entry) {

    /** The override when there is one, else the computed RAG (null: not yet entered, before the deadline). */
    public Rag rag() {
        return override != null ? override.rag() : ragComputed;
    }
}
