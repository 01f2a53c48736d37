package uk.quarterlyreturns.cycle;

/** Ids in processes/quarterlyCycle.bpmn, shared by code and tests. */
public final class CycleProcess {

    public static final String PROCESS_ID = "quarterlyCycle";
    public static final String START = "cycleOpened";
    public static final String START_CORRECTION = "correctionRequested";
    public static final String MESSAGE_CORRECTION = "correctionRequested";
    /** A correction waits for its reopened returns on the all-accepted message only: no compilation-date timer. */
    public static final String GATEWAY_ACCEPTED_AGAIN = "acceptedAgain";
    public static final String EVENT_CORRECTED_RETURNS_ACCEPTED = "correctedReturnsAccepted";
    /** Every reopened return accepted again: a correction waits for this, not for returns that never came in. */
    public static final String MESSAGE_REOPENED_ACCEPTED = "reopenedReturnsAccepted";
    public static final String GATEWAY_CORRECTION_MERGE = "correctionMerge";
    public static final String TASK_ISSUE_RETURNS = "issueReturns";
    public static final String GATEWAY_ALREADY_ACCEPTED = "allAcceptedAlready";
    public static final String GATEWAY_WAIT = "waitForReturns";
    public static final String MESSAGE_ALL_ACCEPTED = "allReturnsAccepted";
    public static final String EVENT_ALL_ACCEPTED = "allReturnsAcceptedReceived";
    public static final String TIMER_COMPILATION_DATE = "compilationDateReached";
    public static final String GATEWAY_RETURNS_IN = "returnsInMerge";
    public static final String GATEWAY_COMPILE_MERGE = "compileMerge";
    public static final String TASK_COMPILE_REPORT = "compileReport";
    public static final String TASK_APPROVE_REPORT = "approveReport";
    public static final String GATEWAY_APPROVAL_DECIDED = "approvalDecided";
    public static final String TASK_REVISE_REPORT = "reviseReport";
    public static final String TASK_PUBLISH_REPORT = "publishReport";
    public static final String END_PUBLISHED = "reportPublished";

    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_DECISION = "decision";
    /** The revise step last completed: a revised report's mail to the chief executive is a new message. */
    public static final String VAR_REVISION = "revision";
    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";

    private CycleProcess() {
    }

    public static String businessKey(long cycleId) {
        return "cycle-" + cycleId;
    }

    /** The cycle a business key names; null for a key of anything else (a return's, a mail's) or none. */
    public static Long cycleOf(String businessKey) {
        // the constants here are the process's ids only (ProcessModelsTest), so the prefix is said twice
        if (businessKey == null || !businessKey.matches("cycle-\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(businessKey.substring("cycle-".length()));
    }
}
