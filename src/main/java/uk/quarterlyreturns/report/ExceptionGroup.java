package uk.quarterlyreturns.report;

import java.util.List;

/** A service's Amber-or-worse measures and actions, as "performance by exception" lists them. */
public record ExceptionGroup(String service, List<ExceptionItem> items) {

    public ExceptionGroup {
        items = List.copyOf(items);
    }
}
