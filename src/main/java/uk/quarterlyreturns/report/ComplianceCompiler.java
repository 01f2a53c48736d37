package uk.quarterlyreturns.report;

import java.util.List;

/** The compliance statement: how many returns came in on time, late or not at all. */
final class ComplianceCompiler {

    static final String NOT_IN = "Not in";

    private ComplianceCompiler() {
    }

    static ComplianceStatement compile(ComplianceFacts facts) {
        if (facts == null) {
            return new ComplianceStatement(0, 0, 0, 0, "No compliance figures were recorded for this quarter.",
                    "", List.of());
        }
        String sentence = "Of " + SummaryWords.plural(facts.returnsDue(), "return") + " due, "
                + facts.inOnTime() + (facts.inOnTime() == 1 ? " was" : " were") + " in on time, "
                + facts.inLate() + (facts.inLate() == 1 ? " was" : " were") + " in late and "
                + facts.missing() + (facts.missing() == 1 ? " is" : " are") + " missing.";
        String ninetyFive = facts.daysTo95() == null
                ? "95% completion had not been reached when the report was compiled."
                : "95% of returns were in " + SummaryWords.plural(facts.daysTo95(), "day")
                        + " after quarter end.";
        List<ComplianceRow> rows = facts.services().stream().map(ComplianceCompiler::row).toList();
        return new ComplianceStatement(facts.returnsDue(), facts.inOnTime(), facts.inLate(),
                facts.missing(), sentence, ninetyFive, rows);
    }

    private static ComplianceRow row(ServiceCompliance s) {
        boolean in = s.firstSubmittedAt() != null;
        return new ComplianceRow(s.service(), s.director(), s.status(),
                in ? ReportDates.dateTime(s.firstSubmittedAt()) : NOT_IN,
                !in ? NOT_IN : s.onTime() ? "On time" : "Late", s.remindersSent(), s.escalations());
    }
}
