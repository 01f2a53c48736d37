package uk.quarterlyreturns.people;

import java.util.List;

/**
 * A people file refused, nothing changed, because it takes work from people (WorkTaken) in a way its importer did not
 * agree to: not asked yet, or the people changed since they were asked. Carries what it takes now, to ask again.
 */
public class WorkNotAgreedException extends IllegalStateException {

    private final List<String> taken;

    public WorkNotAgreedException(List<String> taken) {
        super("Not imported, nothing changed: the file takes work from people, which was not agreed: "
                + String.join("; ", taken));
        this.taken = List.copyOf(taken);
    }

    public List<String> taken() {
        return taken;
    }
}
