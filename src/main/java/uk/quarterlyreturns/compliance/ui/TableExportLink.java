package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/**
 * The compliance table's export, as filtered on the page, read when the link is followed with its reader's rights as
 * they are then: a page left open gives the returns as they stand, a strategic director's since moved their new
 * directorate's only, and nothing (403) once they may no longer see compliance.
 */
@Component
class TableExportLink {

    private final ComplianceService compliance;
    private final PeopleService people;

    TableExportLink(ComplianceService compliance, PeopleService people) {
        this.compliance = compliance;
        this.people = people;
    }

    Anchor of(Cycle c, String username, Predicate<ReturnCompliance> listed) {
        return Downloads.refusableLink("Export table (XLSX)", "compliance-" + c.yearLabel() + "-q" + c.quarter()
                + ".xlsx", MediaTypes.XLSX, () -> people.find(username).filter(TableExportLink::mayRead)
                .map(now -> compliance.forCycle(c.id(), directorateSeenBy(now))).map(cycle -> ComplianceWorkbook.xlsx(
                        cycle.returns().stream().filter(listed).toList(), cycle.deadline())));
    }

    /** Whose returns someone sees: every service's (null) for the performance team, else their directorate's. */
    static Long directorateSeenBy(Person p) {
        return p.has(Role.PERFORMANCE_TEAM) ? null : p.directorateId() == null ? -1L : p.directorateId();
    }

    /** Whom the compliance screen is for, as its own roles say. */
    private static boolean mayRead(Person p) {
        return p.enabled() && (p.has(Role.PERFORMANCE_TEAM) || p.has(Role.STRATEGIC_DIRECTOR));
    }
}
