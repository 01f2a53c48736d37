package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;

/**
 * The two levels of checks on a return before it goes in: errors block it (a percentage above 100, an
 * Amber-or-worse item without its narrative); queries (no value, a big move from last quarter) need a
 * short explanation first.
 */
public final class ReturnChecks {

    public enum Level { ERROR, QUERY }

    public record Problem(String code, Level level, String message) {
    }

    private final BigDecimal queryChangePct;

    public ReturnChecks(BigDecimal queryChangePct) {
        this.queryChangePct = queryChangePct;
    }

    public List<Problem> check(List<MeasureStatus> measures) {
        List<Problem> problems = new ArrayList<>();
        for (MeasureStatus m : measures) {
            if (m.ragComputed() == Rag.NOT_DUE) {
                continue;
            }
            String code = m.measure().code();
            QuarterValue entry = m.entry();
            boolean explained = entry != null && hasText(entry.queryExplanation());
            if (m.value() == null) {
                if (!explained) {
                    problems.add(new Problem(code, Level.QUERY, "No value: enter one, or explain why it is missing"));
                }
                continue;
            }
            if (m.measure().definition().unit().isPercent() && (m.value().compareTo(BigDecimal.valueOf(100)) > 0
                    || m.value().signum() < 0)) {
                problems.add(new Problem(code, Level.ERROR, "A percentage must be between 0 and 100"));
            }
            if (m.rag() != null && m.rag().isAmberOrWorse()
                    && (entry == null || !hasText(entry.reasons()) || !hasText(entry.actionsPlanned()))) {
                problems.add(new Problem(code, Level.ERROR, m.rag().label()
                        + ": give the reasons for performance and the actions planned"));
            }
            if (m.override() != null && !hasText(m.override().justification())) {
                problems.add(new Problem(code, Level.ERROR, "A RAG override needs a written justification"));
            }
            if (movedTooFar(m) && !explained) {
                problems.add(new Problem(code, Level.QUERY, "Changed by more than " + queryChangePct.toPlainString()
                        + "% since last quarter: explain the change"));
            }
        }
        return problems;
    }

    private boolean movedTooFar(MeasureStatus m) {
        int q = m.quarter();
        if (q < 2 || m.quarterValues().get(q - 2) == null) {
            return false;
        }
        BigDecimal previous = m.quarterValues().get(q - 2);
        if (previous.signum() == 0) {
            return m.value().signum() != 0;
        }
        BigDecimal changePct = m.value().subtract(previous).abs()
                .divide(previous.abs(), MathContext.DECIMAL64).multiply(BigDecimal.valueOf(100));
        return changePct.compareTo(queryChangePct) > 0;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
