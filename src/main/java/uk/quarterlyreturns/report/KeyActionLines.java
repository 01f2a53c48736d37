package uk.quarterlyreturns.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Rag;

/**
 * The year's key actions as the report prints them: each with its status of the quarter, or Missing; Not due (counted
 * apart, as a measure is) in a quarter before the one it is reported from, which no return asked for it.
 */
final class KeyActionLines {

    private KeyActionLines() {
    }

    /** The key actions' statuses without the quarter's of services whose return is not in. */
    static List<KeyActionRepository.Status> withoutQuarter(List<KeyActionRepository.Status> statuses, int q,
            Set<Long> notIn, List<KeyAction> keyActions) {
        Set<Long> dropped = keyActions.stream().filter(a -> notIn.contains(a.serviceId())).map(KeyAction::id)
                .collect(Collectors.toSet());
        return statuses.stream().filter(s -> s.quarter() != q || !dropped.contains(s.actionId())).toList();
    }

    static ActionLine line(KeyAction a, List<KeyActionRepository.Status> statuses, int q) {
        return line(a, statuses, q, null);
    }

    static ActionLine line(KeyAction a, List<KeyActionRepository.Status> statuses, int q, String missingReason) {
        KeyActionRepository.Status s = statuses.stream()
                .filter(x -> x.actionId() == a.id() && x.quarter() == q).findFirst().orElse(null);
        var d = a.definition();
        if (!a.reportedIn(q)) {
            return new ActionLine(d.code(), d.title(), d.directorate(), d.service(), d.theme(), d.outcome(),
                    Rag.NOT_DUE, null, null, null, null);
        }
        return new ActionLine(d.code(), d.title(), d.directorate(), d.service(), d.theme(), d.outcome(),
                s == null || s.status() == null ? Rag.MISSING : s.status(), s == null ? null : s.commentary(),
                s == null ? null : s.reasons(), s == null ? null : s.actionsPlanned(),
                s == null || s.status() == null ? missingReason : null);
    }
}
