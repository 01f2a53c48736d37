package uk.quarterlyreturns.framework;

import java.util.List;

/**
 * Figures the values feed changed, passed on so that the return each belongs to records them in its trail.
 * Answered by the returns feature.
 */
public interface FedValues {

    /** One measure's quarter figure before and after the feed. */
    record FedFigure(long measureId, String code, QuarterValue before, QuarterValue after) {
    }

    void fed(long yearId, int quarter, List<FedFigure> figures, String by, FeedRoute route);
}
