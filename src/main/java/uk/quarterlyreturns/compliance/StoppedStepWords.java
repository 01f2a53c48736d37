package uk.quarterlyreturns.compliance;

import java.util.regex.Pattern;

import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.returns.ReturnProcess;

/** What a stopped step is called on the compliance screen, in the performance team's words, not the engine's. */
public final class StoppedStepWords {

    /** The longest failure said: the first line of the engine's message, cut here. */
    static final int FAILURE_LENGTH = 300;
    private static final String CAUSED_BY = "Caused by: ";
    /** A Java class's full name before its message, as a stack trace gives it. */
    private static final Pattern CLASS_NAME = Pattern.compile("^[a-zA-Z_$][\\w$]*(\\.[\\w$]+)+: ");

    private StoppedStepWords() {
    }

    /**
     * The step, as the start of a sentence.
     *
     * @param service the service whose return the step is of; null for the cycle's own steps
     */
    public static String of(String activityId, String service) {
        return switch (activityId) {
            case CycleProcess.TASK_ISSUE_RETURNS -> "Issuing the returns";
            case CycleProcess.TASK_COMPILE_REPORT -> "Compiling the report";
            case CycleProcess.TASK_PUBLISH_REPORT -> "Publishing the report";
            case CycleProcess.TIMER_COMPILATION_DATE -> "The report's compilation date";
            case ReturnProcess.TASK_NOTIFY_SERVICE -> "The notice to " + service;
            case ReturnProcess.TASK_SEND_CHASE -> "A reminder or escalation to " + service;
            case ReturnProcess.TIMER_NEXT_CHASE -> "The chase of " + service;
            default -> service == null ? "A step of the cycle (" + activityId + ")"
                    : "A step of " + service + "'s return (" + activityId + ")";
        };
    }

    /**
     * What the step failed with, in one line: the deepest cause the engine kept (its own message is often only "an
     * exception occurred in the persistence layer"), without the name of its Java class, cut short.
     *
     * @param message the engine's message of the last failure
     * @param stacktrace the failure as the engine kept it, or null
     */
    public static String failure(String message, String stacktrace) {
        String said = message;
        if (stacktrace != null) {
            said = stacktrace.lines().filter(l -> l.startsWith(CAUSED_BY)).reduce((first, last) -> last)
                    .map(l -> CLASS_NAME.matcher(l.substring(CAUSED_BY.length())).replaceFirst("")).orElse(said);
        }
        if (said == null || said.isBlank()) {
            return "no reason was given";
        }
        String line = said.strip().lines().findFirst().orElse("").strip();
        return line.length() <= FAILURE_LENGTH ? line : line.substring(0, FAILURE_LENGTH - 1) + "…";
    }
}
