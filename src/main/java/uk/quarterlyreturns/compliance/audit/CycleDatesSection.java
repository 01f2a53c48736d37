package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.chasing.CycleDateChanges;
import uk.quarterlyreturns.cycle.Cycle;

/**
 * The deadline and compilation date the cycle opened with, and each change of them: every return's on time or late
 * is judged against the deadline as it now stands, so a change that made late returns on time is seen here.
 */
@Component
@Order(5)
class CycleDatesSection implements AuditPackSection {

    static final List<String> COLUMNS = List.of("when", "by", "what", "deadline", "compilation_date", "reason");
    private static final DateTimeFormatter WHEN = LondonTime.EXPORTED;

    private final CycleDateChanges changes;

    CycleDatesSection(CycleDateChanges changes) {
        this.changes = changes;
    }

    @Override
    public String described() {
        return """
                cycle-dates.csv: the submission deadline and compilation date the cycle opened with, then each
                  change of them, by whom, when and why (returns are judged on time or late against the
                  deadline as it now stands).""";
    }

    @Override
    public void write(Cycle cycle, String user, PackEntries pack) throws IOException {
        List<CycleDateChanges.Change> made = changes.changes(cycle.id());
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(cycle.openedAt(), cycle.openedBy(), "opened",
                made.isEmpty() ? cycle.submissionDeadline() : made.get(0).oldDeadline(),
                made.isEmpty() ? cycle.compilationDate() : made.get(0).oldCompilation(), null));
        made.forEach(c -> rows.add(row(c.at(), c.by(), "changed", c.newDeadline(), c.newCompilation(), c.reason())));
        pack.add("cycle-dates.csv", TabularWriter.csv(COLUMNS, rows));
    }

    private static List<Object> row(Instant at, String by, String what, Instant deadline, Instant compilation,
            String reason) {
        return Arrays.asList(WHEN.format(at), by, what, WHEN.format(deadline), WHEN.format(compilation), reason);
    }
}
