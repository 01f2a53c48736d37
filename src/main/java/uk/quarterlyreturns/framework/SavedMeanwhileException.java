package uk.quarterlyreturns.framework;

import java.time.Instant;

/**
 * A save was based on a version that someone else has since replaced: it is refused, so that nobody's
 * figures are overwritten without their knowing. The caller shows who saved and keeps the person's input.
 */
public class SavedMeanwhileException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;

    public SavedMeanwhileException(String item, String savedBy, Instant savedAt) {
        super(item + " was saved by " + (savedBy == null ? "someone else" : savedBy)
                + " after you opened it; your change was not saved");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
