package uk.quarterlyreturns.framework;

import uk.quarterlyreturns.framework.io.FrameworkRow;

/** A measure of one reporting year: its definition exactly as the framework file states it. */
public record Measure(long id, long yearId, long serviceId, FrameworkRow definition) {

    public String code() {
        return definition.code();
    }

    public String title() {
        return definition.title();
    }

    public MeasureRule rule() {
        FrameworkRow d = definition;
        return new MeasureRule(d.polarity(), d.frequency(), d.dueQuarter(), d.aggregation(), d.target(), d.floor(),
                d.tolerancePct(), d.ragScheme(), d.profilePct(), d.lowerThreshold(), d.upperThreshold(),
                d.decimals() == null ? MeasureRule.DEFAULT_DECIMALS : d.decimals());
    }

    /** An activity indicator reports demand against an expected range rather than a RAG. */
    public boolean isActivityIndicator() {
        return definition.lowerThreshold() != null || definition.upperThreshold() != null;
    }
}
