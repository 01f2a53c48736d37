package uk.quarterlyreturns.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The services whose returns were reopened for correction and are not yet accepted again. A draft prints their
 * figures as they stand, mid-edit, so it marks each of them with when and why the return was reopened; a version
 * prints none of them (ReturnsIn), so it marks none.
 */
public final class BeingCorrected {

    /** A return being corrected: its service, when it was reopened and why. */
    public record Return(String service, Instant reopenedAt, String reason) {
    }

    public static final BeingCorrected NONE = new BeingCorrected(List.of());

    private static final DateTimeFormatter DAY = UkDateFormat.ofPattern("d MMM yyyy")
            .withZone(ReportDates.LONDON);

    private final Map<String, String> notes = new LinkedHashMap<>();

    public BeingCorrected(List<Return> returns) {
        returns.forEach(r -> notes.put(r.service(), "Being corrected: reopened on " + DAY.format(r.reopenedAt())
                + (r.reason() == null || r.reason().isBlank() ? "" : " - " + r.reason().strip())));
    }

    /** The note printed with the service's measures and key actions, or null when its return is not being corrected. */
    public String of(String service) {
        return notes.get(service);
    }

    /** Each service being corrected with its note, in the order given, for the list at the top of the draft. */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(notes);
    }
}
