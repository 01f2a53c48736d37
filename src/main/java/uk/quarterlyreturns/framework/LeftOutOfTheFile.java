package uk.quarterlyreturns.framework;

import java.util.List;
import java.util.Optional;

/**
 * A file changes only the measures it names: one leaving out some of the year's measures does not retire them.
 * Said after the import, since a council sending a "revised framework" without a measure may take it as dropped.
 */
final class LeftOutOfTheFile {

    /** How many codes the note names before "and N more". */
    static final int NAMED = 5;

    private LeftOutOfTheFile() {
    }

    /** The note, in the year's order, or empty when the file names every measure the year had. */
    static Optional<String> note(ReportingYear year, List<Measure> leftOut) {
        if (leftOut.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = leftOut.stream().map(Measure::code).toList();
        String named = codes.size() <= NAMED ? FrameworkRemoval.listed(codes)
                : String.join(", ", codes.subList(0, NAMED)) + " and " + (codes.size() - NAMED) + " more";
        boolean one = codes.size() == 1;
        return Optional.of(codes.size() + " of the " + year.display() + " framework's measures " + (one ? "is" : "are")
                + " not in this file and " + (one ? "stays" : "stay") + " as " + (one ? "it was" : "they were") + ": "
                + named + ". A file changes only the measures it names; to stop reporting one, remove it on the"
                + " Framework screen (a measure already holding figures this year stays until next year's framework),"
                + " or give it the quarter of its last return in reported_until.");
    }
}
