package uk.quarterlyreturns.returns;

import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.QuarterFigureRule;

/**
 * A return as locked for one save to its form, with its cycle: what the save names (a measure, a key action) is
 * looked up as part of this return, so that a request cannot reach another service's figures.
 */
record OpenedReturn(ServiceReturn serviceReturn, Cycle cycle) {

    int quarter() {
        return cycle.quarter();
    }

    Measure measure(long measureId, MeasureRepository measures) {
        return measures.find(measureId)
                .filter(m -> m.serviceId() == serviceReturn.serviceId() && m.yearId() == cycle.yearId())
                .orElseThrow(() -> new IllegalArgumentException("That measure is not part of "
                        + serviceReturn.serviceName() + "'s return"));
    }

    /** The measure, refused when no figure is due for it this quarter. */
    Measure dueMeasure(long measureId, MeasureRepository measures) {
        Measure measure = measure(measureId, measures);
        if (!QuarterFigureRule.isDue(measure, quarter())) {
            // The form offers no field for it; a form left open while the framework changed still may not.
            throw new IllegalArgumentException(QuarterFigureRule.notDue(measure, quarter()));
        }
        return measure;
    }

    /** The key action, refused when the quarter's return does not ask for it (one added since its report). */
    KeyAction keyAction(long actionId, KeyActionRepository actions) {
        KeyAction action = actions.forService(cycle.yearId(), serviceReturn.serviceId()).stream()
                .filter(a -> a.id() == actionId).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "That key action is not part of " + serviceReturn.serviceName() + "'s return"));
        if (!action.reportedIn(quarter())) {
            // The form offers no field for it; a form left open while the framework changed still may not.
            throw new IllegalArgumentException(action.notAsked(quarter()));
        }
        return action;
    }
}
