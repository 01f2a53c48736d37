package uk.quarterlyreturns.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * A later version's note: why the returns were reopened, and which returns are in it whose figures the version before
 * did not print, so a reader comparing the two versions is told why they appeared: those first submitted only after
 * that version was compiled (a late return comes in with the correction), and those it printed as Missing while sent
 * back for rework or reopened for correction, in again since. Compiled, not published: a return that came in while
 * that version waited for the chief executive was not in it either.
 */
@Component
class ChangeNote {

    private final CycleRepository cycles;
    private final ReportVersions versions;
    private final ReturnRepository returns;
    private final ReturnsIn returnsIn;
    private final ObjectMapper json;

    ChangeNote(CycleRepository cycles, ReportVersions versions, ReturnRepository returns, ReturnsIn returnsIn,
            ObjectMapper json) {
        this.cycles = cycles;
        this.versions = versions;
        this.returns = returns;
        this.returnsIn = returnsIn;
        this.json = json;
    }

    /** The note of the version about to be compiled; null for a first version. */
    String forVersion(long cycleId, int version) {
        if (version <= 1) {
            return null;
        }
        Optional<ReportVersion> published = versions.forCycle(cycleId).stream()
                .filter(v -> v.status() == ReportStatus.APPROVED && v.compiledAt() != null)
                .max(Comparator.comparing(ReportVersion::compiledAt));
        Instant compiled = published.map(ReportVersion::compiledAt).orElse(null);
        List<String> firstInSince = compiled == null ? List.of() : returns.forCycle(cycleId).stream()
                .filter(r -> r.firstSubmittedAt() != null && r.firstSubmittedAt().isAfter(compiled))
                .map(ServiceReturn::serviceName).sorted().toList();
        List<String> inAgain = published.map(v -> inAgainSince(cycleId, v)).orElse(List.of());
        return words(cycles.pendingChangeNote(cycleId), firstInSince, inAgain, version - 1);
    }

    /** The services the version printed as Missing while sent back or reopened, whose returns a version prints now. */
    private List<String> inAgainSince(long cycleId, ReportVersion published) {
        String input = versions.inputJson(published.id());
        if (input == null) {
            return List.of();
        }
        List<String> missing = ReturnsIn.missingAs(read(input), ReturnsIn.BEING_REWORKED, ReturnsIn.BEING_CORRECTED);
        return returnsIn.of(cycles.find(cycleId).orElseThrow(), ReturnsIn.Compiling.VERSION).returns().returns()
                .stream().filter(r -> ReturnsIn.printed(r, ReturnsIn.Compiling.VERSION))
                .map(ReturnCompliance::service).filter(missing::contains).sorted().toList();
    }

    private ReportInput read(String input) {
        try {
            return json.readValue(input, ReportInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String words(String reasons, List<String> firstInSince, List<String> inAgain, int publishedVersion) {
        String late = firstInSince.isEmpty() ? null : "first in after version " + publishedVersion
                + " was compiled: " + String.join(", ", firstInSince);
        String again = inAgain.isEmpty() ? null : "printed as Missing in version " + publishedVersion
                + " while sent back or reopened, in now: " + String.join(", ", inAgain);
        String note = Stream.of(reasons, late, again).filter(Objects::nonNull).collect(Collectors.joining("; "));
        if (note.isEmpty()) {
            return null;
        }
        return reasons == null ? Character.toUpperCase(note.charAt(0)) + note.substring(1) : note;
    }
}
