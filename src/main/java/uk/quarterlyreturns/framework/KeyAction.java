package uk.quarterlyreturns.framework;

import uk.quarterlyreturns.framework.io.KeyActionRow;

/** A key action of one reporting year, owned by a service. */
public record KeyAction(long id, long yearId, long serviceId, KeyActionRow definition) {

    public String code() {
        return definition.code();
    }
}
