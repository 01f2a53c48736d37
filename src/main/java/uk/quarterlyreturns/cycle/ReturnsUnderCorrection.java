package uk.quarterlyreturns.cycle;

import java.util.List;

/** The returns of a cycle reopened for correction and not yet accepted again; known to the returns feature. */
public interface ReturnsUnderCorrection {

    /** The services whose returns are being corrected, by name. */
    List<String> services(long cycleId);
}
