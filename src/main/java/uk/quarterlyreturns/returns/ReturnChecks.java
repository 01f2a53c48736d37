package uk.quarterlyreturns.returns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagSummary;

/**
 * What a return must be before it goes in. Errors block it: a measure due with neither a value nor "not
 * available" with a reason, an invalid value (a percentage above 100), a key action without a status or
 * a commentary, a measure or key action at Amber or worse without its reasons and actions, an override
 * without a justification, a highlight report asked for and not complete ({@link HighlightChecks}). Queries (a big
 * move from last quarter) need a short explanation first.
 */
public final class ReturnChecks {

    public enum Level { ERROR, QUERY }

    public record Problem(String code, Level level, String message) {
    }

    /** The field of its item a problem asks to be put right, for a list that takes the keyboard there. */
    public enum Field { FIGURE, NARRATIVE, EXPLANATION, STATUS, COMMENTARY }

    /** A key action of the return as it stands, by its code. */
    public record ActionState(String code, ActionEntry entry) {
    }

    static final String NO_VALUE = "No value: enter one, or mark it not available and say why";
    static final String NO_STATUS = "No status: choose the key action's status this quarter";
    static final String NO_COMMENTARY = "No commentary: say what progress was made this quarter";

    private static final String NARRATIVE = ": give the reasons for performance and the actions planned";

    private final BigDecimal queryChangePct;

    public ReturnChecks(BigDecimal queryChangePct) {
        this.queryChangePct = queryChangePct;
    }

    public List<Problem> check(List<MeasureStatus> measures, List<ActionState> actions) {
        return check(measures, actions, Optional.empty());
    }

    /** @param highlight the highlight report as it stands when the return is asked for one; empty when it is not */
    public List<Problem> check(List<MeasureStatus> measures, List<ActionState> actions, Optional<Highlight> highlight) {
        List<Problem> problems = new ArrayList<>(check(measures));
        actions.forEach(a -> problems.addAll(checkAction(a)));
        highlight.ifPresent(h -> problems.addAll(HighlightChecks.check(h)));
        return problems;
    }

    /** The measures' problems only, as a form shows them beside each measure. */
    public List<Problem> check(List<MeasureStatus> measures) {
        List<Problem> problems = new ArrayList<>();
        for (MeasureStatus m : measures) {
            if (m.ragComputed() != Rag.NOT_DUE) {
                checkMeasure(m, problems);
            }
        }
        return problems;
    }

    private void checkMeasure(MeasureStatus m, List<Problem> problems) {
        String code = m.measure().code();
        QuarterValue entry = m.entry();
        if (m.value() == null) {
            if (!m.notAvailable()) {
                problems.add(new Problem(code, Level.ERROR, NO_VALUE));
            }
            return;
        }
        Optional<String> invalid = m.valueError();
        if (invalid.isPresent()) {
            problems.add(new Problem(code, Level.ERROR, invalid.get()));
            return;
        }
        if (m.rag() != null && m.rag().isAmberOrWorse()
                && (entry == null || !hasText(entry.reasons()) || !hasText(entry.actionsPlanned()))) {
            problems.add(new Problem(code, Level.ERROR, narrativeNeeded(m.rag())));
        }
        m.notARating().ifPresent(why -> problems.add(new Problem(code, Level.ERROR, why
                + ": choose the RAG override again, or clear it")));
        if (m.override() != null && !hasText(m.override().justification())) {
            problems.add(new Problem(code, Level.ERROR, "A RAG override needs a written justification"));
        }
        if (movedTooFar(m) && (entry == null || !hasText(entry.queryExplanation()))) {
            problems.add(new Problem(code, Level.QUERY, "Changed by more than " + queryChangePct.toPlainString()
                    + "% since last quarter: explain the change"));
        }
    }

    /** A key action's problems: a status that is a rating, a commentary, and the narrative when off track. */
    public List<Problem> checkAction(ActionState action) {
        List<Problem> problems = new ArrayList<>();
        ActionEntry e = action.entry() == null ? new ActionEntry(null, null, null, null) : action.entry();
        Rag status = e.status();
        if (status == null || status.summary() == RagSummary.MISSING
                || status == Rag.NOT_DUE || status == Rag.NONE) {
            problems.add(new Problem(action.code(), Level.ERROR, NO_STATUS));
        }
        if (!hasText(e.commentary())) {
            problems.add(new Problem(action.code(), Level.ERROR, NO_COMMENTARY));
        }
        if (status != null && status.isAmberOrWorse() && (!hasText(e.reasons()) || !hasText(e.actionsPlanned()))) {
            problems.add(new Problem(action.code(), Level.ERROR, narrativeNeeded(status)));
        }
        return problems;
    }

    /** The return's completeness: the counts the submit dialog and the sign-off show, and every problem. */
    public Completeness completeness(List<MeasureStatus> measures, List<ActionState> actions) {
        return completeness(measures, actions, Optional.empty());
    }

    /** The same, with the highlight report when the return is asked for one. */
    public Completeness completeness(List<MeasureStatus> measures, List<ActionState> actions,
            Optional<Highlight> highlight) {
        List<MeasureStatus> due = measures.stream().filter(m -> m.ragComputed() != Rag.NOT_DUE).toList();
        List<Problem> problems = check(measures, actions, highlight);
        int valued = (int) due.stream().filter(m -> m.value() != null && m.valueError().isEmpty()).count();
        int notAvailable = (int) due.stream().filter(MeasureStatus::notAvailable).count();
        int actionsGiven = (int) actions.stream().filter(a -> checkAction(a).stream()
                .noneMatch(p -> p.message().equals(NO_STATUS) || p.message().equals(NO_COMMENTARY))).count();
        int offTrack = (int) (due.stream().filter(m -> m.rag() != null && m.rag().isAmberOrWorse()).count()
                + actions.stream().filter(a -> a.entry() != null && a.entry().status() != null
                        && a.entry().status().isAmberOrWorse()).count());
        int unexplained = (int) problems.stream().filter(p -> p.message().endsWith(NARRATIVE)).count();
        int queries = (int) due.stream().filter(this::movedTooFar).count();
        int openQueries = (int) problems.stream().filter(p -> p.level() == Level.QUERY).count();
        return new Completeness(due.size(), valued, notAvailable, actions.size(), actionsGiven, offTrack,
                offTrack - unexplained, queries, queries - openQueries, highlight.isPresent(),
                highlight.map(h -> HighlightChecks.check(h).isEmpty()).orElse(false), problems);
    }

    /** Which field of its item the problem is about: the figure for anything not named otherwise. */
    public static Field fieldOf(Problem p) {
        if (p.level() == Level.QUERY) {
            return Field.EXPLANATION;
        }
        if (p.message().endsWith(NARRATIVE)) {
            return Field.NARRATIVE;
        }
        return switch (p.message()) {
            case NO_STATUS -> Field.STATUS;
            case NO_COMMENTARY -> Field.COMMENTARY;
            default -> Field.FIGURE;
        };
    }

    static String narrativeNeeded(Rag rag) {
        return rag.label() + NARRATIVE;
    }

    /**
     * Changed by more than the query threshold since last quarter (only a valid figure is compared); in Q1
     * last quarter is last year's Q4, when history has it.
     */
    boolean movedTooFar(MeasureStatus m) {
        BigDecimal previous = m.previousQuarterValue();
        if (m.value() == null || previous == null || m.valueError().isPresent()) {
            return false;
        }
        if (previous.signum() == 0) {
            return m.value().signum() != 0;
        }
        BigDecimal changePct = m.value().subtract(previous).abs()
                .divide(previous.abs(), MathContext.DECIMAL64).multiply(BigDecimal.valueOf(100));
        return changePct.compareTo(queryChangePct) > 0;
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
