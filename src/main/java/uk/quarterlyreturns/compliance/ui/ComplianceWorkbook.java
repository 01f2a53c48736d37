package uk.quarterlyreturns.compliance.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.base.calendar.LondonTime;

/**
 * The compliance table as a workbook, one row per service's return; director_now is the service's director now, whom
 * to chase, as the screen says beneath each service (not who answered for the return: the report names them);
 * owed_late marks those "Late only" lists and "Chase all late" chases, sent back or reopened ones among them, which
 * are not overdue (they were in).
 */
final class ComplianceWorkbook {

    static final List<String> COLUMNS = List.of("service", "directorate", "director_now", "status", "first_submitted",
            "on_time", "overdue", "owed_late", "days_to_deadline", "reminders", "escalations", "last_chased",
            "last_activity", "extended_to", "extension_reason");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", java.util.Locale.UK)
            .withZone(LondonTime.ZONE);

    private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss",
            java.util.Locale.UK).withZone(LondonTime.ZONE);

    private ComplianceWorkbook() {
    }

    /** @param deadline the cycle's, which each return's own (an extension) may replace */
    static byte[] xlsx(List<ReturnCompliance> rows, Instant deadline) {
        List<List<Object>> cells = rows.stream().map(r -> Arrays.<Object>asList(r.service(), r.directorate(),
                r.director(), r.status().label(), submitted(r, deadline), r.onTime(), r.overdue(),
                r.owedLate(), r.daysToDeadline(), r.remindersSent(), r.escalations(), when(r.lastChased()),
                when(r.lastActivity()), when(r.extendedTo()), r.extensionReason())).toList();
        return TabularWriter.xlsx("Compliance", COLUMNS, cells);
    }

    /** To the second when late within the deadline's minute, which to the minute would read as the deadline. */
    private static String submitted(ReturnCompliance r, Instant cycleDeadline) {
        Instant at = r.firstSubmittedAt();
        return at != null && LondonTime.lateWithinTheMinute(at, r.deadline(cycleDeadline)) ? TO_THE_SECOND.format(at)
                : when(at);
    }

    private static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }
}
