package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.Unit;

/** Small hand-made measures, actions and reports for tests that need only a few lines. */
public final class Lines {

    public static final Instant OVERRIDDEN_AT = Instant.parse("2017-10-20T10:00:00Z");

    private Lines() {
    }

    /** A snapshot count measure with Q1 and Q2 figures. */
    public static MeasureLine measure(String code, String directorate, String service, String theme,
                                      Rag rag, Direction direction) {
        return new MeasureLine(code, null, "Measure " + code, directorate, service, theme, null, Unit.COUNT, 0,
                false, List.of(), "100", Arrays.asList(new BigDecimal("90"), new BigDecimal("95"), null, null),
                null, rag, rag, null, direction, null, null, null, null, null, List.of());
    }

    public static MeasureLine withNarrative(MeasureLine m, String reasons, String actionsPlanned) {
        return new MeasureLine(m.code(), m.source(), m.title(), m.directorate(), m.service(), m.theme(),
                m.outcome(), m.unit(), m.decimals(), m.cumulative(), m.outturns(), m.targetText(),
                m.quarterValues(), m.yearToDate(), m.rag(), m.ragComputed(), m.override(), m.direction(),
                reasons, actionsPlanned, m.lowerThreshold(), m.upperThreshold(), m.activity(), m.trend());
    }

    public static MeasureLine withTitle(MeasureLine m, String title) {
        return new MeasureLine(m.code(), m.source(), title, m.directorate(), m.service(), m.theme(),
                m.outcome(), m.unit(), m.decimals(), m.cumulative(), m.outturns(), m.targetText(),
                m.quarterValues(), m.yearToDate(), m.rag(), m.ragComputed(), m.override(), m.direction(),
                m.reasons(), m.actionsPlanned(), m.lowerThreshold(), m.upperThreshold(), m.activity(), m.trend());
    }

    /** The measure with a director's RAG in place of the computed one. */
    public static MeasureLine overridden(MeasureLine m, Rag effective, String by, String justification) {
        return new MeasureLine(m.code(), m.source(), m.title(), m.directorate(), m.service(), m.theme(),
                m.outcome(), m.unit(), m.decimals(), m.cumulative(), m.outturns(), m.targetText(),
                m.quarterValues(), m.yearToDate(), effective, m.rag(),
                new RagOverride(effective, by, OVERRIDDEN_AT, justification), m.direction(), m.reasons(),
                m.actionsPlanned(), m.lowerThreshold(), m.upperThreshold(), m.activity(), m.trend());
    }

    /** The measure with its reported quarter's figure marked provisional by its service. */
    public static MeasureLine provisional(MeasureLine m) {
        return new MeasureLine(m.code(), m.source(), m.title(), m.directorate(), m.service(), m.theme(),
                m.outcome(), m.unit(), m.decimals(), m.cumulative(), m.outturns(), m.targetText(),
                m.quarterValues(), m.yearToDate(), m.rag(), m.ragComputed(), m.override(), m.direction(),
                m.reasons(), m.actionsPlanned(), m.lowerThreshold(), m.upperThreshold(), m.activity(), m.trend(),
                m.notAvailableReason(), m.outturnUnits(), m.targetToDate(), m.ratio(), m.comparedWith(),
                m.missingReason(), m.yearToDateMissing(), true);
    }

    /** An activity indicator in the manner of seed 001: calls answered, in thousands, with a range. */
    public static MeasureLine activity(String code, String theme, BigDecimal value, BigDecimal lower,
                                       BigDecimal upper, ActivityStatus status) {
        return new MeasureLine(code, null, "Calls answered by Contact Point (thousands)", "Corporate",
                "Customer Services", theme, null, Unit.NUMBER, 0, false, List.of(), "No target",
                Arrays.asList(new BigDecimal("159"), value, null, null), null, Rag.NONE, Rag.NONE, null,
                Direction.IMPROVED, null, null, lower, upper, status, List.of());
    }

    public static ActionLine action(String code, String directorate, String service, String theme, Rag status) {
        return new ActionLine(code, "Action " + code, directorate, service, theme, status, null, null, null);
    }

    public static ReportInput report(List<MeasureLine> measures, List<ActionLine> actions) {
        return new ReportInput("Test Council", 2, "2017/18", "July to September 2017", ReportStatus.DRAFT,
                null, null, 1, null, KirkleesFixture.HISTORY, measures, actions, null,
                new ComplianceFacts(4, 3, 1, 0, 9, List.of()), null);
    }
}
