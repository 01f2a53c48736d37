package uk.quarterlyreturns.framework;

import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A measure of one reporting year: its definition exactly as the framework file states it.
 *
 * @param reportedFrom the first quarter whose return asks for it, when it was added once a quarter's report was
 *                     published (ReportedUntil); null for every quarter from Q1
 */
public record Measure(long id, long yearId, long serviceId, FrameworkRow definition, Integer reportedFrom) {

    /** A measure reported from Q1. */
    public Measure(long id, long yearId, long serviceId, FrameworkRow definition) {
        this(id, yearId, serviceId, definition, null);
    }

    /** The same measure with another definition (a change being checked): it is still reported from its quarter. */
    public Measure withDefinition(FrameworkRow changed) {
        return new Measure(id, yearId, serviceId, changed, reportedFrom);
    }

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
