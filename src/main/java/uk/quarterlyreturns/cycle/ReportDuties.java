package uk.quarterlyreturns.cycle;

import java.util.List;
import java.util.Optional;

/**
 * Nobody checks their own work, the corporate report included: whoever sent it for approval (a revised report, after
 * the chief executive returned it), wrote any version of its cover report for Cabinet or of its commentary (while in
 * the performance team, who alone write them), or prepared, submitted, signed off or accepted one of the returns it
 * prints may not approve it, though they have since been made chief executive.
 * The report waits for a chief executive who had no hand in it.
 */
public final class ReportDuties {

    /** What someone did to the report, in the words the refusal quotes: "sent the revised report for approval". */
    public record Work(String by, String what) {
    }

    public static final String SENT_REVISED = "sent the revised report for approval";
    public static final String WROTE_COVER = "wrote its cover report for Cabinet";
    public static final String WROTE_COMMENTARY = "wrote its commentary for the executive summary";

    private ReportDuties() {
    }

    /** What writing a version of this part of the report is called in the refusal. */
    public static String wrote(ReportWriters.Part part) {
        return part == ReportWriters.Part.COVER ? WROTE_COVER : WROTE_COMMENTARY;
    }

    /** "signed off Housing's return", or "accepted the returns of Housing and Adult Social Care". */
    public static String onReturns(String did, List<String> services) {
        int last = services.size() - 1;
        return did + (last == 0 ? " " + services.get(0) + "'s return" : " the returns of "
                + String.join(", ", services.subList(0, last)) + " and " + services.get(last));
    }

    /** Why this person may not approve the report, given everyone's work on it; empty when they may. */
    public static Optional<String> whyNotApprove(String user, List<Work> work) {
        List<String> theirs = work.stream().filter(w -> w.by().equals(user)).map(Work::what).distinct().toList();
        if (theirs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("You " + String.join(" and ", theirs) + ", so you may not approve it: nobody checks their"
                + " own work. It waits for a chief executive who had no hand in it.");
    }
}
