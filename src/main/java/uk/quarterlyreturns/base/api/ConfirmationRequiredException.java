package uk.quarterlyreturns.base.api;

import java.util.List;

/**
 * A request that would take effects its sender must agree to first (an API cannot ask as a screen does): answered
 * 409 with each effect a line of {@code errors}, and the list again under its own name; nothing changed.
 */
public class ConfirmationRequiredException extends RuntimeException {

    private final String listName;
    private final List<String> effects;

    public ConfirmationRequiredException(String message, String listName, List<String> effects) {
        super(message);
        this.listName = listName;
        this.effects = List.copyOf(effects);
    }

    public String listName() {
        return listName;
    }

    public List<String> effects() {
        return effects;
    }
}
