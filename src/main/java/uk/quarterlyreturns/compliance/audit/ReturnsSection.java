package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailTable;
import uk.quarterlyreturns.returns.api.ReturnsTable;

/** The quarter's returns and their histories, as the returns API gives them. */
@Component
@Order(1)
class ReturnsSection implements AuditPackSection {

    private final ReturnsTable returns;
    private final ReturnTrail trail;

    ReturnsSection(ReturnsTable returns, ReturnTrail trail) {
        this.returns = returns;
        this.trail = trail;
    }

    @Override
    public String described() {
        return """
                returns.csv: each service's return as GET /api/years/{year}/quarters/{quarter}/returns gives it:
                  status, on time, late or not in, who submitted, signed off and accepted it and when, the
                  countersignature, any extension of its deadline, and every reminder, chase and escalation sent.
                returns-history.csv: every return's history of the quarter, as .../returns/history gives it.""";
    }

    @Override
    public void write(Cycle cycle, String user, PackEntries pack) throws IOException {
        pack.add("returns.csv", returns.csv(cycle));
        pack.add("returns-history.csv", TrailTable.quarterCsv(trail.forCycle(cycle.id())));
    }
}
