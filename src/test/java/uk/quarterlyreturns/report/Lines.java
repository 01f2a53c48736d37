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
        return MeasureLine.builder().code(code).title("Measure " + code).directorate(directorate).service(service)
                .theme(theme).unit(Unit.COUNT).decimals(0).targetText("100")
                .quarterValues(Arrays.asList(new BigDecimal("90"), new BigDecimal("95"), null, null))
                .rag(rag).ragComputed(rag).direction(direction).build();
    }

    public static MeasureLine withNarrative(MeasureLine m, String reasons, String actionsPlanned) {
        return m.toBuilder().reasons(reasons).actionsPlanned(actionsPlanned).build();
    }

    public static MeasureLine withTitle(MeasureLine m, String title) {
        return m.toBuilder().title(title).build();
    }

    /** The measure with a director's RAG in place of the computed one. */
    public static MeasureLine overridden(MeasureLine m, Rag effective, String by, String justification) {
        return m.toBuilder().rag(effective).ragComputed(m.rag())
                .override(new RagOverride(effective, by, OVERRIDDEN_AT, justification)).build();
    }

    /** The measure with its reported quarter's figure marked provisional by its service. */
    public static MeasureLine provisional(MeasureLine m) {
        return m.toBuilder().provisional(true).build();
    }

    /** An activity indicator in the manner of seed 001: calls answered, in thousands, with a range. */
    public static MeasureLine activity(String code, String theme, BigDecimal value, BigDecimal lower,
                                       BigDecimal upper, ActivityStatus status) {
        return MeasureLine.builder().code(code).title("Calls answered by Contact Point (thousands)")
                .directorate("Corporate").service("Customer Services").theme(theme).unit(Unit.NUMBER).decimals(0)
                .targetText("No target").quarterValues(Arrays.asList(new BigDecimal("159"), value, null, null))
                .rag(Rag.NONE).ragComputed(Rag.NONE).direction(Direction.IMPROVED).lowerThreshold(lower)
                .upperThreshold(upper).activity(status).build();
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
