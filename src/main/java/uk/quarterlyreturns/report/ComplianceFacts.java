package uk.quarterlyreturns.report;

import java.time.Instant;
import java.util.List;
import uk.quarterlyreturns.compliance.ComplianceFigures;

/**
 * How the quarter's returns came in.
 *
 * @param daysTo95          days from quarter end until 95% of returns were in, or null when 95% was never reached
 * @param deadline          when the returns were due, or null when not known
 * @param inAtThreeWeeksPct the share of returns in by three weeks after quarter end (whole percent), or null
 * @param chasesSent        reminders, chases and escalations sent for the cycle's returns
 * @param until             the moment the figures run to (a draft's compilation), or null when not known
 * @param extended          how many of the returns due had an agreed extension of their deadline
 */
public record ComplianceFacts(int returnsDue, int inOnTime, int inLate, int missing, Integer daysTo95,
                              List<ServiceCompliance> services, Instant deadline, Integer inAtThreeWeeksPct,
                              int chasesSent, Instant until, int extended) {

    /** Days after quarter end at which councils' published reports take the share of returns in. */
    public static final int THREE_WEEKS = ComplianceFigures.THREE_WEEKS;

    public ComplianceFacts {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** Figures of a quarter where no return had an extension. */
    public ComplianceFacts(int returnsDue, int inOnTime, int inLate, int missing, Integer daysTo95,
            List<ServiceCompliance> services, Instant deadline, Integer inAtThreeWeeksPct, int chasesSent,
            Instant until) {
        this(returnsDue, inOnTime, inLate, missing, daysTo95, services, deadline, inAtThreeWeeksPct, chasesSent, until,
                0);
    }

    /** Figures without the deadline, three-week share or chases. */
    public ComplianceFacts(int returnsDue, int inOnTime, int inLate, int missing, Integer daysTo95,
            List<ServiceCompliance> services) {
        this(returnsDue, inOnTime, inLate, missing, daysTo95, services, null, null,
                services == null ? 0 : services.stream().mapToInt(s -> s.remindersSent() + s.escalations()).sum(),
                null);
    }
}
