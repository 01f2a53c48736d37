package uk.quarterlyreturns.cycle;

import java.util.List;
import java.util.Optional;

/** The returns of a cycle reopened for correction and not yet accepted again; known to the returns feature. */
public interface ReturnsUnderCorrection {

    /** The services whose returns are being corrected, by name. */
    List<String> services(long cycleId);

    /**
     * Just published: a return the version printed as being corrected (reopened, not accepted again when it read the
     * returns), or one reopened and not yet accepted again, gets its correction now, which publishes the next version
     * once it is accepted again, or at once when it was accepted again while the version waited for approval.
     *
     * @param beingCorrected the services whose returns the published version printed as being corrected, by name
     */
    void correctThoseStillOut(long cycleId, List<String> beingCorrected);

    /**
     * Why the revised report may not go back yet: a return reopened while revising must be accepted again first, or
     * the revised report would carry figures nobody has signed off. One the returned version already printed as
     * being corrected is not waited for: the revised version prints it so too, and its correction follows publication.
     *
     * @param printedBeingCorrected the services whose returns the returned version printed as being corrected
     */
    default Optional<String> whyNotResubmit(long cycleId, List<String> printedBeingCorrected) {
        List<String> services = services(cycleId).stream().filter(s -> !printedBeingCorrected.contains(s)).toList();
        if (services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(services.size() == 1
                ? services.get(0) + "'s return was reopened for correction: send the revised report for approval once"
                        + " it is accepted again."
                : "The returns of " + String.join(", ", services.subList(0, services.size() - 1)) + " and "
                        + services.get(services.size() - 1) + " were reopened for correction: send the revised"
                        + " report for approval once they are accepted again.");
    }
}
