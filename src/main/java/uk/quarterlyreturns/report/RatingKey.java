package uk.quarterlyreturns.report;

import java.util.List;

/**
 * The key to ratings printed before the figures: the scales, how the summary groups them, the statuses
 * that are not ratings, the rules in use and how direction of travel is judged.
 */
public record RatingKey(List<KeyEntry> fivePoint, List<KeyEntry> threePoint, List<KeyEntry> summary,
                        List<KeyEntry> statuses, List<String> rules, String direction) {

    public RatingKey {
        fivePoint = List.copyOf(fivePoint);
        threePoint = List.copyOf(threePoint);
        summary = List.copyOf(summary);
        statuses = List.copyOf(statuses);
        rules = List.copyOf(rules);
    }
}
