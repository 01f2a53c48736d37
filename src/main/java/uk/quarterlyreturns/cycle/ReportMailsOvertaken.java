package uk.quarterlyreturns.cycle;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.mail.ResendRule;
import uk.quarterlyreturns.base.mail.templates.MailKind;

/**
 * The report's mail that events overtook while it waited, as the returns' mail is (OvertakenMail): "for your approval"
 * once the report it asks about no longer awaits that decision (approved, returned, or compiled again since: the later
 * compilation has its own mail), and "returned with comments" once the revised report was sent for approval. Sent
 * then, either would ask for what is done; so neither is delivered, nor offered again, nor put in a daily digest.
 */
@Component
public class ReportMailsOvertaken implements ResendRule {

    static final String RETURNED = "the report has been returned with comments since";
    static final String APPROVED = "the report has been approved since";
    static final String COMPILED_AGAIN = "the report has been compiled again since, and sent for approval with a mail"
            + " of its own";
    static final String REVISED = "the revised report has been sent for approval since";

    private final CycleRepository cycles;
    private final CycleReports reports;

    ReportMailsOvertaken(CycleRepository cycles, CycleReports reports) {
        this.cycles = cycles;
        this.reports = reports;
    }

    /** Where a cycle's report stood when asked: its status and when its latest version was last compiled. */
    private record Standing(CycleStatus status, Optional<Instant> compiled) {

        boolean compiledAfter(Instant moment) {
            return compiled.map(at -> at.isAfter(moment)).orElse(false);
        }
    }

    @Override
    public Map<Long, String> whyOvertaken(List<OutboxEntry> messages) {
        Map<Long, Standing> read = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (OutboxEntry m : messages) {
            boolean forApproval = MailKind.REPORT_FOR_APPROVAL.name().equals(m.kind());
            if (m.cycleId() == null || !forApproval && !MailKind.REPORT_RETURNED.name().equals(m.kind())) {
                continue;
            }
            Standing now = read.computeIfAbsent(m.cycleId(), id -> new Standing(
                    cycles.find(id).map(Cycle::status).orElse(null), reports.lastCompiled(id)));
            if (now.status() == null) {
                continue; // a cycle no longer kept: nothing to say of it
            }
            String why = forApproval ? whyNotForApproval(now, m.createdAt()) : whyNotReturned(now, m.createdAt());
            if (why != null) {
                reasons.put(m.id(), why);
            }
        }
        return reasons;
    }

    private static String whyNotForApproval(Standing now, Instant written) {
        if (now.status() == CycleStatus.RETURNED) {
            return RETURNED;
        }
        if (now.status() != CycleStatus.AWAITING_APPROVAL) {
            return APPROVED;
        }
        return now.compiledAfter(written) ? COMPILED_AGAIN : null;
    }

    private static String whyNotReturned(Standing now, Instant written) {
        return now.status() != CycleStatus.RETURNED || now.compiledAfter(written) ? REVISED : null;
    }
}
