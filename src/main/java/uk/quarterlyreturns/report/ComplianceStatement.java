package uk.quarterlyreturns.report;

import java.util.List;

/**
 * How the quarter's returns came in, in the report's words.
 *
 * @param sentence   "Of 20 returns due, 15 were in on time, 3 were in late and 2 are missing."
 * @param ninetyFive "95% of returns were in 14 days after quarter end." or that 95% was not reached
 */
public record ComplianceStatement(int returnsDue, int inOnTime, int inLate, int missing, String sentence,
                                  String ninetyFive, List<ComplianceRow> services) {

    public ComplianceStatement {
        services = List.copyOf(services);
    }
}
