package uk.quarterlyreturns.returns.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.cycle.Cycle;

/**
 * Every return of a cycle as GET .../returns gives it, one row a return, for an auditor's spreadsheet: the columns
 * are the API's field names (earlierVersion's fields prefixed "earlier"), times as the API writes them (UTC, ISO
 * 8601), and each chase sent one line of the chases cell.
 */
@Component
public class ReturnsTable {

    public static final List<String> COLUMNS = List.of("id", "service", "directorate", "status", "statusLabel",
            "submission", "overdue", "firstSubmittedAt", "version", "submittedAt", "submittedBy", "signedOffAt",
            "signedOffBy", "acceptedAt", "acceptedBy", "earlierSubmittedAt", "earlierSubmittedBy",
            "earlierSignedOffAt", "earlierSignedOffBy", "earlierAcceptedAt", "earlierAcceptedBy", "remindersSent",
            "escalationsSent", "lastChased", "chases", "countersignedBy", "countersignedAt", "countersignComment",
            "deadline", "extendedTo", "extensionReason");

    private final ReturnOverview overview;

    ReturnsTable(ReturnOverview overview) {
        this.overview = overview;
    }

    /** The API's figures, not worked out again here. */
    public byte[] csv(Cycle cycle) {
        return TabularWriter.csv(COLUMNS, overview.forCycle(cycle).stream().map(ReturnsTable::row).toList());
    }

    private static List<Object> row(ReturnJson r) {
        ReturnJson.Steps e = r.earlierVersion() == null
                ? new ReturnJson.Steps(null, null, null, null, null, null) : r.earlierVersion();
        // true and false as the JSON writes them, not as a spreadsheet's TRUE and FALSE
        return Arrays.asList(r.id(), r.service(), r.directorate(), r.status(), r.statusLabel(), r.submission(),
                String.valueOf(r.overdue()), r.firstSubmittedAt(), r.version(), r.submittedAt(), r.submittedBy(),
                r.signedOffAt(), r.signedOffBy(), r.acceptedAt(), r.acceptedBy(), e.submittedAt(), e.submittedBy(),
                e.signedOffAt(), e.signedOffBy(), e.acceptedAt(), e.acceptedBy(), r.remindersSent(),
                r.escalationsSent(), r.lastChased(), chases(r.chases()), r.countersignedBy(), r.countersignedAt(),
                r.countersignComment(), r.deadline(), r.extendedTo(), r.extensionReason());
    }

    /** "2017-10-02T08:00:00Z REMINDER reminder-1 to data.housing by system", one a line. */
    private static String chases(List<ReturnJson.Chase> chases) {
        return chases.stream().map(c -> c.sentAt() + " " + c.kind() + " " + c.step() + " to " + c.recipient()
                + (c.sentBy() == null ? "" : " by " + c.sentBy())).collect(Collectors.joining("\n"));
    }
}
