package uk.quarterlyreturns.cycle;

import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.PeopleService;

/** Who may act on the report on its way to Cabinet, when, and what the chief executive's comments must be. */
@Component
class ReportActionChecks {

    private final CycleRepository cycles;
    private final PeopleService people;

    ReportActionChecks(CycleRepository cycles, PeopleService people) {
        this.cycles = cycles;
        this.people = people;
    }

    void requireRole(String user, Role role, String message) {
        if (!people.find(user).map(p -> p.has(role)).orElse(false)) {
            throw new NotAllowedException(message);
        }
    }

    void requireStatus(long cycleId, CycleStatus status) {
        CycleStatus actual = cycles.find(cycleId).orElseThrow().status();
        if (actual != status) {
            throw new IllegalStateException(sinceOpened(actual) + " since this page was opened, perhaps in another"
                    + " tab: open the page again to see where it stands");
        }
    }

    /** What moved the report on to this status while a page showing it earlier was left open. */
    private static String sinceOpened(CycleStatus actual) {
        return switch (actual) {
            case OPEN -> "The report was published and a correction to it begun";
            case COMPILED -> "The report was compiled again";
            case AWAITING_APPROVAL -> "The revised report was sent for approval";
            case RETURNED -> "The report was returned to the performance team with comments";
            case PUBLISHED -> "The report was approved and published";
        };
    }

    /** The comments the report is returned with, trimmed: they must say something, within the longest allowed. */
    String comments(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Say what should change: the comments go to the performance team");
        }
        if (comment.trim().length() > ReportApproval.MOST_CHARACTERS) {
            throw new IllegalArgumentException("Comments for the performance team are at most "
                    + ReportApproval.MOST_CHARACTERS + " characters; these have " + comment.trim().length());
        }
        return comment.trim();
    }
}
