package uk.quarterlyreturns.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * A later version's note: why the returns were reopened, and which returns are in it that were first submitted only
 * after the version before was compiled (a late return comes in with the correction, and a reader comparing the two
 * versions should be told why its figures appeared). Compiled, not published: a return that came in while that
 * version waited for the chief executive was not in it either.
 */
@Component
class ChangeNote {

    private final CycleRepository cycles;
    private final ReportVersions versions;
    private final ReturnRepository returns;

    ChangeNote(CycleRepository cycles, ReportVersions versions, ReturnRepository returns) {
        this.cycles = cycles;
        this.versions = versions;
        this.returns = returns;
    }

    /** The note of the version about to be compiled; null for a first version. */
    String forVersion(long cycleId, int version) {
        if (version <= 1) {
            return null;
        }
        Instant compiled = versions.forCycle(cycleId).stream()
                .filter(v -> v.status() == ReportStatus.APPROVED)
                .map(ReportVersion::compiledAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        List<String> firstInSince = compiled == null ? List.of() : returns.forCycle(cycleId).stream()
                .filter(r -> r.firstSubmittedAt() != null && r.firstSubmittedAt().isAfter(compiled))
                .map(ServiceReturn::serviceName).sorted().toList();
        return words(cycles.pendingChangeNote(cycleId), firstInSince, version - 1);
    }

    static String words(String reasons, List<String> firstInSince, int publishedVersion) {
        String late = firstInSince.isEmpty() ? null : "first in after version " + publishedVersion
                + " was compiled: " + String.join(", ", firstInSince);
        if (reasons == null) {
            return late == null ? null : Character.toUpperCase(late.charAt(0)) + late.substring(1);
        }
        return late == null ? reasons : reasons + "; " + late;
    }
}
