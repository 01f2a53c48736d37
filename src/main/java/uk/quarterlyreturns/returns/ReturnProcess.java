package uk.quarterlyreturns.returns;

/** Ids in processes/serviceReturn.bpmn, shared by code and tests. */
public final class ReturnProcess {

    public static final String PROCESS_ID = "serviceReturn";
    public static final String START = "returnIssued";
    public static final String GATEWAY_REOPENED = "reopenedOrNew";
    /**
     * A new return forks: its notice, a step of its own after the issuing transaction, and its collection, reached
     * in that transaction (its task and chase timer written with the rest of the cycle's returns).
     */
    public static final String GATEWAY_SPLIT_NOTICE = "splitNotice";
    public static final String TASK_NOTIFY_SERVICE = "notifyService";
    public static final String END_SERVICE_NOTIFIED = "serviceNotified";
    public static final String GATEWAY_COLLECT_MERGE = "collectMerge";
    /** The collection phase: completing the return with its chasing beside it, ended by submission. */
    public static final String SUBPROCESS_COLLECT = "collectReturn";
    public static final String START_COLLECTION = "collectionStarted";
    public static final String GATEWAY_SPLIT_CHASING = "splitChasing";
    public static final String TASK_COMPLETE_RETURN = "completeReturn";
    /** A terminate end: submission ends the collection phase, so a waiting chase timer goes with it. */
    public static final String END_SUBMITTED = "returnSubmitted";
    public static final String GATEWAY_CHASE_LOOP = "chaseLoop";
    public static final String GATEWAY_MORE_CHASES = "moreChases";
    public static final String TIMER_NEXT_CHASE = "waitForNextChase";
    public static final String TASK_SEND_CHASE = "sendChase";
    public static final String END_CHASING = "chasingEnded";
    public static final String TASK_SIGN_OFF = "signOffReturn";
    public static final String GATEWAY_SIGN_OFF_DECIDED = "signOffDecided";
    public static final String TASK_QUALITY_CHECK = "checkReturn";
    public static final String GATEWAY_CHECK_DECIDED = "checkDecided";
    public static final String END_ACCEPTED = "returnAccepted";

    public static final String VAR_RETURN_ID = "returnId";
    public static final String VAR_REOPENED = "reopened";
    public static final String VAR_DECISION = "decision";
    public static final String APPROVED = "APPROVED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String SENT_BACK = "SENT_BACK";

    private ReturnProcess() {
    }

    public static String businessKey(long returnId) {
        return "return-" + returnId;
    }
}
