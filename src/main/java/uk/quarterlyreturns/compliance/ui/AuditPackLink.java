package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.compliance.audit.AuditPack;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.people.PeopleService;

/**
 * The compliance screen's link to the quarter's audit pack. Who follows it is asked again then: a page left open by
 * someone since taken out of the performance team (and not an administrator) gets nothing (403).
 */
@Component
class AuditPackLink {

    static final String TEXT = "Download audit pack (ZIP)";

    private final AuditPack pack;
    private final PeopleService people;

    AuditPackLink(AuditPack pack, PeopleService people) {
        this.pack = pack;
        this.people = people;
    }

    Anchor of(Cycle cycle, String username) {
        return Downloads.refusableStream(TEXT, AuditPack.fileName(cycle), MediaTypes.ZIP,
                () -> people.find(username).filter(p -> p.enabled()
                        && (p.has(Role.PERFORMANCE_TEAM) || p.has(Role.ADMIN))).isPresent(),
                out -> pack.write(cycle, username, out));
    }
}
