package uk.quarterlyreturns.returns;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a return is: not started → draft → submitted → signed off → accepted, with rework loops; or withdrawn with
 * nothing left due.
 */
public enum ReturnStatus {
    NOT_STARTED("Not started"),
    DRAFT("Draft"),
    SENT_BACK("Sent back"),
    SUBMITTED("Submitted"),
    SIGNED_OFF("Signed off"),
    ACCEPTED("Accepted"),
    REOPENED("Reopened"),
    /** Withdrawn in an open cycle: every measure and key action it asked for moved to other services or went. */
    WITHDRAWN("Nothing due");

    /** From submission on, the values feed may no longer change the return. */
    public static final Set<ReturnStatus> LOCKED_FOR_FEED = EnumSet.of(SUBMITTED, SIGNED_OFF, ACCEPTED);

    /** The statuses in which the return's latest submission is of the version it holds now. */
    public static final Set<ReturnStatus> SUBMITTED_NOW = EnumSet.of(SUBMITTED, SIGNED_OFF, ACCEPTED);

    /** The statuses in which the return's latest sign-off is of the version it holds now. */
    public static final Set<ReturnStatus> SIGNED_OFF_NOW = EnumSet.of(SIGNED_OFF, ACCEPTED);

    /**
     * Whether the return was sent back for rework and not yet submitted again: what it holds now is half-reworked
     * perhaps, and nobody has submitted or signed it off, so the report does not print it.
     */
    public boolean beingReworked() {
        return this == SENT_BACK;
    }

    private final String label;

    ReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
