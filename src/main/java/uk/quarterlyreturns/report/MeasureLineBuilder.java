package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.List;
import uk.quarterlyreturns.framework.ActivityStatus;
import uk.quarterlyreturns.framework.Comparison;
import uk.quarterlyreturns.framework.Direction;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.Unit;

/**
 * Builds a {@link MeasureLine} component by component; see that record for what each means. A component not set is
 * absent (null, false, no quarters), as the record reads it; a computed RAG not set is the effective one.
 */
public final class MeasureLineBuilder {

    private String code;
    private String source;
    private String title;
    private String directorate;
    private String service;
    private String theme;
    private String outcome;
    private Unit unit;
    private Integer decimals;
    private boolean cumulative;
    private List<BigDecimal> outturns;
    private String targetText;
    private List<BigDecimal> quarterValues;
    private List<BigDecimal> yearToDate;
    private Rag rag;
    private Rag ragComputed;
    private RagOverride override;
    private Direction direction;
    private String reasons;
    private String actionsPlanned;
    private BigDecimal lowerThreshold;
    private BigDecimal upperThreshold;
    private ActivityStatus activity;
    private List<TrendPoint> trend;
    private String notAvailableReason;
    private List<Unit> outturnUnits;
    private BigDecimal targetToDate;
    private String ratio;
    private Comparison comparedWith;
    private String missingReason;
    private List<Integer> yearToDateMissing;
    private boolean provisional;
    private List<Integer> revisedQuarters;
    private List<Integer> provisionalQuarters;
    private String lastOutturnMark;
    private String arrearsPeriod;
    private List<TargetChange> targetChanges;
    private BigDecimal floor;
    private BigDecimal floorToDate;
    private BigDecimal tolerancePct;

    MeasureLineBuilder() {
    }

    MeasureLineBuilder(MeasureLine line) {
        code = line.code();
        source = line.source();
        title = line.title();
        directorate = line.directorate();
        service = line.service();
        theme = line.theme();
        outcome = line.outcome();
        unit = line.unit();
        decimals = line.decimals();
        cumulative = line.cumulative();
        outturns = line.outturns();
        targetText = line.targetText();
        quarterValues = line.quarterValues();
        yearToDate = line.yearToDate();
        rag = line.rag();
        ragComputed = line.ragComputed();
        override = line.override();
        direction = line.direction();
        reasons = line.reasons();
        actionsPlanned = line.actionsPlanned();
        lowerThreshold = line.lowerThreshold();
        upperThreshold = line.upperThreshold();
        activity = line.activity();
        trend = line.trend();
        notAvailableReason = line.notAvailableReason();
        outturnUnits = line.outturnUnits();
        targetToDate = line.targetToDate();
        ratio = line.ratio();
        comparedWith = line.comparedWith();
        missingReason = line.missingReason();
        yearToDateMissing = line.yearToDateMissing();
        provisional = line.provisional();
        revisedQuarters = line.revisedQuarters();
        provisionalQuarters = line.provisionalQuarters();
        lastOutturnMark = line.lastOutturnMark();
        arrearsPeriod = line.arrearsPeriod();
        targetChanges = line.targetChanges();
        floor = line.floor();
        floorToDate = line.floorToDate();
        tolerancePct = line.tolerancePct();
    }

    public MeasureLineBuilder code(String value) { code = value; return this; }

    public MeasureLineBuilder source(String value) { source = value; return this; }

    public MeasureLineBuilder title(String value) { title = value; return this; }

    public MeasureLineBuilder directorate(String value) { directorate = value; return this; }

    public MeasureLineBuilder service(String value) { service = value; return this; }

    public MeasureLineBuilder theme(String value) { theme = value; return this; }

    public MeasureLineBuilder outcome(String value) { outcome = value; return this; }

    public MeasureLineBuilder unit(Unit value) { unit = value; return this; }

    public MeasureLineBuilder decimals(Integer value) { decimals = value; return this; }

    public MeasureLineBuilder cumulative(boolean value) { cumulative = value; return this; }

    public MeasureLineBuilder outturns(List<BigDecimal> value) { outturns = value; return this; }

    public MeasureLineBuilder targetText(String value) { targetText = value; return this; }

    public MeasureLineBuilder quarterValues(List<BigDecimal> value) { quarterValues = value; return this; }

    public MeasureLineBuilder yearToDate(List<BigDecimal> value) { yearToDate = value; return this; }

    public MeasureLineBuilder rag(Rag value) { rag = value; return this; }

    public MeasureLineBuilder ragComputed(Rag value) { ragComputed = value; return this; }

    public MeasureLineBuilder override(RagOverride value) { override = value; return this; }

    public MeasureLineBuilder direction(Direction value) { direction = value; return this; }

    public MeasureLineBuilder reasons(String value) { reasons = value; return this; }

    public MeasureLineBuilder actionsPlanned(String value) { actionsPlanned = value; return this; }

    public MeasureLineBuilder lowerThreshold(BigDecimal value) { lowerThreshold = value; return this; }

    public MeasureLineBuilder upperThreshold(BigDecimal value) { upperThreshold = value; return this; }

    public MeasureLineBuilder activity(ActivityStatus value) { activity = value; return this; }

    public MeasureLineBuilder trend(List<TrendPoint> value) { trend = value; return this; }

    public MeasureLineBuilder notAvailableReason(String value) { notAvailableReason = value; return this; }

    public MeasureLineBuilder outturnUnits(List<Unit> value) { outturnUnits = value; return this; }

    public MeasureLineBuilder targetToDate(BigDecimal value) { targetToDate = value; return this; }

    public MeasureLineBuilder ratio(String value) { ratio = value; return this; }

    public MeasureLineBuilder comparedWith(Comparison value) { comparedWith = value; return this; }

    public MeasureLineBuilder missingReason(String value) { missingReason = value; return this; }

    public MeasureLineBuilder yearToDateMissing(List<Integer> value) { yearToDateMissing = value; return this; }

    public MeasureLineBuilder provisional(boolean value) { provisional = value; return this; }

    public MeasureLineBuilder revisedQuarters(List<Integer> value) { revisedQuarters = value; return this; }

    public MeasureLineBuilder provisionalQuarters(List<Integer> value) { provisionalQuarters = value; return this; }

    public MeasureLineBuilder lastOutturnMark(String value) { lastOutturnMark = value; return this; }

    public MeasureLineBuilder arrearsPeriod(String value) { arrearsPeriod = value; return this; }

    public MeasureLineBuilder targetChanges(List<TargetChange> value) { targetChanges = value; return this; }

    public MeasureLineBuilder floor(BigDecimal value) { floor = value; return this; }

    public MeasureLineBuilder floorToDate(BigDecimal value) { floorToDate = value; return this; }

    public MeasureLineBuilder tolerancePct(BigDecimal value) { tolerancePct = value; return this; }

    public MeasureLine build() {
        return new MeasureLine(code, source, title, directorate, service, theme, outcome, unit, decimals, cumulative,
                outturns, targetText, quarterValues, yearToDate, rag, ragComputed, override, direction, reasons,
                actionsPlanned, lowerThreshold, upperThreshold, activity, trend, notAvailableReason, outturnUnits,
                targetToDate, ratio, comparedWith, missingReason, yearToDateMissing, provisional, revisedQuarters,
                provisionalQuarters, lastOutturnMark, arrearsPeriod, targetChanges, floor, floorToDate, tolerancePct);
    }
}
