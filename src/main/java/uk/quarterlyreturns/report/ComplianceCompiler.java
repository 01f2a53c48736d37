package uk.quarterlyreturns.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance statement: how many returns came in on time, late or not at all, and the paragraph the
 * executive summary opens its key issues with. The figures come from compliance as it counts them.
 */
final class ComplianceCompiler {

    static final String NOT_IN = "Not in";
    static final String NOT_YET_IN = "Not yet in";
    static final String ISSUE = "The first issue is one of compliance.";
    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten"};

    private ComplianceCompiler() {
    }

    static ComplianceStatement compile(ComplianceFacts facts) {
        return compile(facts, null);
    }

    /** @param unreportedPct the share of actions and measures still missing, or null to leave it out */
    static ComplianceStatement compile(ComplianceFacts facts, Integer unreportedPct) {
        if (facts == null) {
            String none = "No compliance figures were recorded for this quarter.";
            return new ComplianceStatement(0, 0, 0, 0, 0, none, "", List.of(), none, null, null, null, 0, List.of(),
                    none, 0);
        }
        boolean early = beforeDeadline(facts);
        // returns not in whose agreed extension runs past the figures' moment: not yet due, so not missing
        int notYetDue = early ? facts.missing() : (int) facts.services().stream().filter(s -> notYetDue(facts, s))
                .count();
        int missing = facts.missing() - notYetDue;
        String sentence = "Of " + SummaryWords.plural(facts.returnsDue(), "return") + " due, "
                + facts.inOnTime() + (facts.inOnTime() == 1 ? " was" : " were") + " in on time, "
                + facts.inLate() + (facts.inLate() == 1 ? " was" : " were") + " in late"
                + (early || missing == 0 && notYetDue > 0 ? " and " + are(facts.missing()) + " not yet in"
                        : notYetDue == 0 ? " and " + are(missing) + " missing"
                        : ", " + are(missing) + " missing and " + are(notYetDue) + " not yet in")
                + (facts.extended() == 0 ? "." : "; " + facts.extended() + " had an agreed extension of the deadline.");
        String ninetyFive = facts.daysTo95() == null
                ? "95% completion had not been reached when the report was compiled."
                : "95% of returns were in " + SummaryWords.plural(facts.daysTo95(), "day")
                        + " after quarter end.";
        List<ComplianceRow> rows = facts.services().stream()
                .map(s -> row(s, early || notYetDue(facts, s) ? NOT_YET_IN : NOT_IN, facts.deadline())).toList();
        List<String> late = new ArrayList<>();
        for (ServiceCompliance s : facts.services()) {
            if (!early && notYetDue(facts, s)) {
                continue; // named apart, with its own deadline
            }
            if (s.firstSubmittedAt() == null) {
                late.add(s.service() + (early ? " (not yet in)" : " (not in)"));
            } else if (!s.onTime()) {
                late.add(s.service() + " (late)");
            }
        }
        String deadline = facts.deadline() == null ? null : ReportDates.deadline(facts.deadline());
        String statement = statement(facts, unreportedPct, deadline, late);
        return new ComplianceStatement(facts.returnsDue(), facts.inOnTime(), facts.inLate(), missing, notYetDue,
                sentence, ninetyFive, rows, statement,
                deadline, facts.inAtThreeWeeksPct(), facts.daysTo95(), facts.chasesSent(), late,
                isAnIssue(facts, unreportedPct, late) ? ISSUE + " " + statement : statement, facts.extended());
    }

    /**
     * A draft's figures run to before the deadline: a return not in is not yet due, so it is "not yet in", as the
     * compliance page says, not "missing"; and compliance is not yet an issue.
     */
    static boolean beforeDeadline(ComplianceFacts f) {
        return f.until() != null && f.deadline() != null && f.until().isBefore(f.deadline());
    }

    /** "1 is", "2 are". */
    private static String are(int n) {
        return n + (n == 1 ? " is" : " are");
    }

    /** Not in, and its agreed extension ends after the moment the figures run to: not yet due. */
    static boolean notYetDue(ComplianceFacts f, ServiceCompliance s) {
        return s.firstSubmittedAt() == null && s.extendedTo() != null && f.until() != null
                && f.until().isBefore(s.extendedTo());
    }

    /**
     * Whether compliance is the issue the executive summary leads with: a return late or not in, items unreported,
     * or 95% not reached within three weeks. A quarter where every return came in on time is not opened with "The
     * first issue is one of compliance.", which Cabinet would read as a problem the figures beside it deny.
     */
    static boolean isAnIssue(ComplianceFacts f, Integer unreportedPct, List<String> late) {
        return !beforeDeadline(f) && (!late.isEmpty() || f.missing() > f.services().stream()
                .filter(s -> notYetDue(f, s)).count()
                || (unreportedPct != null && unreportedPct > 0) || f.daysTo95() == null
                || f.daysTo95() > ComplianceFacts.THREE_WEEKS);
    }

    /**
     * "The first issue is one of compliance. 5% of actions and measures combined remain unreported by
     * services. However, at three weeks after quarter end only 64% of returns had been made. It has taken
     * two weeks of chase up to get to 95% completion."
     */
    static String statement(ComplianceFacts f, Integer unreportedPct, String deadline, List<String> late) {
        List<String> parts = new ArrayList<>();
        if (deadline != null) {
            parts.add("Returns were due by " + deadline + extensions(f) + ".");
        }
        if (unreportedPct != null) {
            parts.add(unreportedPct + "% of actions and measures combined remain unreported by services.");
        }
        if (f.inAtThreeWeeksPct() != null) {
            parts.add("At three weeks after quarter end " + (f.inAtThreeWeeksPct() < 95 ? "only " : "")
                    + f.inAtThreeWeeksPct() + "% of returns had been made.");
        }
        if (f.daysTo95() == null) {
            parts.add("95% completion had not been reached when the report was compiled.");
        } else if (f.daysTo95() > ComplianceFacts.THREE_WEEKS && f.inAtThreeWeeksPct() != null) {
            parts.add("It has taken " + span(f.daysTo95() - ComplianceFacts.THREE_WEEKS)
                    + " of chase up to get to 95% completion (" + SummaryWords.plural(f.daysTo95(), "day")
                    + " after quarter end).");
        } else {
            parts.add("95% completion was reached " + SummaryWords.plural(f.daysTo95(), "day")
                    + " after quarter end.");
        }
        parts.add(f.chasesSent() == 1 ? "One reminder, chase or escalation was sent."
                : f.chasesSent() + " reminders, chases and escalations were sent.");
        List<String> notYet = beforeDeadline(f) ? List.of() : f.services().stream().filter(s -> notYetDue(f, s))
                .map(s -> s.service() + " (due by " + ReportDates.deadline(s.extendedTo()) + ")").toList();
        if (!late.isEmpty()) {
            parts.add((beforeDeadline(f) ? "Returns not yet in: " : "Returns in late or not at all: ")
                    + String.join(", ", late) + ".");
        }
        if (!notYet.isEmpty()) {
            parts.add("Not yet due, by an agreed extension: " + String.join(", ", notYet) + ".");
        }
        if (late.isEmpty() && notYet.isEmpty()) {
            parts.add("Every service's return was in on time.");
        }
        return String.join(" ", parts);
    }

    /**
     * ", with an agreed extension for Highways (to 28 Oct 2017, 17:00)": each return due later by agreement is named,
     * so that one counted on time against its own deadline is not hidden.
     */
    static String extensions(ComplianceFacts f) {
        List<String> extended = f.services().stream().filter(s -> s.extendedTo() != null)
                .map(s -> s.service() + " (to " + ReportDates.deadline(s.extendedTo()) + ")").toList();
        return extended.isEmpty() ? "" : ", with an agreed extension for " + String.join(", ", extended);
    }

    /** "two weeks" for 14 days, "9 days" otherwise: as a reader would say it. */
    static String span(int days) {
        if (days % 7 == 0) {
            int weeks = days / 7;
            return (weeks < NUMBERS.length ? NUMBERS[weeks] : String.valueOf(weeks)) + (weeks == 1 ? " week" : " weeks");
        }
        return SummaryWords.plural(days, "day");
    }

    private static ComplianceRow row(ServiceCompliance s, String notIn, Instant cycleDeadline) {
        boolean in = s.firstSubmittedAt() != null;
        Instant deadline = s.extendedTo() != null ? s.extendedTo() : cycleDeadline;
        return new ComplianceRow(s.service(), s.director(), s.status(),
                in ? ReportDates.submitted(s.firstSubmittedAt(), deadline) : notIn,
                (!in ? notIn : s.onTime() ? "On time" : "Late") + (s.extendedTo() == null ? ""
                        : " (extended to " + ReportDates.deadline(s.extendedTo()) + ")"),
                s.remindersSent(), s.escalations());
    }
}
