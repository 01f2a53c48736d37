package uk.quarterlyreturns.report;

import java.util.List;

/**
 * How the quarter's returns came in, in the report's words.
 *
 * @param missing      returns not in once due: past their deadline (or agreed extension) at the figures' moment
 * @param notYetIn     returns not in and not yet due: a draft's before the deadline, or with an extension running
 * @param sentence     "Of 20 returns due, 15 were in on time, 3 were in late and 2 are missing."
 * @param ninetyFive   "95% of returns were in 14 days after quarter end." or that 95% was not reached
 * @param statement    the executive summary's compliance paragraph, in the words Cabinet reports use:
 *                     the deadline, the share in at three weeks, the chase to 95%, chases sent, who was late
 * @param lateServices services whose return came in late or not at all, e.g. "Customer Services (late)"
 * @param summaryParagraph the paragraph the executive summary prints: the statement, led by "The first issue is
 *                     one of compliance." only when returns came in late, are missing or were slow to reach 95%
 * @param extended     how many of the returns due had an agreed extension of their deadline
 */
public record ComplianceStatement(int returnsDue, int inOnTime, int inLate, int missing, int notYetIn, String sentence,
                                  String ninetyFive, List<ComplianceRow> services, String statement,
                                  String deadline, Integer inAtThreeWeeksPct, Integer daysTo95, int chasesSent,
                                  List<String> lateServices, String summaryParagraph, int extended) {

    public ComplianceStatement {
        services = List.copyOf(services);
        lateServices = List.copyOf(lateServices);
    }
}
