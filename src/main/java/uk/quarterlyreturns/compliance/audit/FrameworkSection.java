package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.FrameworkHistoryReader;
import uk.quarterlyreturns.framework.YearRepository;

/** Who moved which target or rule, and why: the year's framework history. */
@Component
@Order(2)
class FrameworkSection implements AuditPackSection {

    private final FrameworkHistoryReader history;
    private final YearRepository years;

    FrameworkSection(FrameworkHistoryReader history, YearRepository years) {
        this.history = history;
        this.years = years;
    }

    @Override
    public String described() {
        return """
                framework-history.csv: the year's framework history, newest first, as
                  GET /api/years/{year}/framework/history gives it: every measure, target and rating rule
                  added, changed or removed, by whom, when and why.""";
    }

    @Override
    public void write(Cycle cycle, String user, PackEntries pack) throws IOException {
        pack.add("framework-history.csv", history.csv(years.find(cycle.yearId()).orElseThrow(), user));
    }
}
