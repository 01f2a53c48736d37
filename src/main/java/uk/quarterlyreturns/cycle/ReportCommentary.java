package uk.quarterlyreturns.cycle;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.base.security.Role;

/**
 * The performance team's own words for the report's executive summary. They are read when the report is
 * compiled, so they may change only while a compilation is still to come: not while the chief executive
 * is deciding on a compiled version, and not after publication unless a correction is under way.
 */
@Service
public class ReportCommentary {

    public static final int MOST_CHARACTERS = 8000;

    private static final Logger log = LoggerFactory.getLogger(ReportCommentary.class);
    private static final Set<CycleStatus> EDITABLE = EnumSet.of(CycleStatus.OPEN, CycleStatus.COMPILED,
            CycleStatus.RETURNED);

    private final CycleRepository cycles;
    private final PeopleService people;
    private final ReportWriters writers;

    ReportCommentary(CycleRepository cycles, PeopleService people, ReportWriters writers) {
        this.cycles = cycles;
        this.people = people;
        this.writers = writers;
    }

    public String read(long cycleId) {
        String text = cycles.commentary(cycleId);
        return text == null ? "" : text;
    }

    public boolean editable(long cycleId) {
        return cycles.find(cycleId).map(c -> EDITABLE.contains(c.status())).orElse(false);
    }

    @Transactional
    public void write(long cycleId, String user, String text) {
        write(cycleId, user, text, null);
    }

    /**
     * Saves the commentary over the one the page showed ({@code shown}; null: whatever is there). Two of the team
     * may have the page open: one saving over words the other saved meanwhile would lose them without a word.
     *
     * @return the commentary as saved, for the page to compare its next save with: read again after this commits,
     *         it could already be a colleague's, and the page's next save would then go over theirs unseen
     * @throws IllegalStateException when the commentary changed since the page showed it; nothing is changed
     */
    @Transactional
    public String write(long cycleId, String user, String text, String shown) {
        if (!people.find(user).map(p -> p.has(Role.PERFORMANCE_TEAM)).orElse(false)) {
            throw new NotAllowedException("Only the performance team writes the report's commentary");
        }
        cycles.lock(cycleId);
        Cycle cycle = cycles.find(cycleId).orElseThrow();
        if (!EDITABLE.contains(cycle.status())) {
            throw new IllegalStateException("The report is " + cycle.status().label().toLowerCase()
                    + ": the commentary can change only before the report is compiled for approval");
        }
        if (shown != null && !shown.strip().equals(read(cycleId))) {
            throw new IllegalStateException("Someone else saved the commentary after this page showed it, so yours was"
                    + " not saved: copy your text, open the page again to read theirs, then add yours");
        }
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > MOST_CHARACTERS) {
            throw new IllegalArgumentException("The commentary is " + cleaned.length() + " characters long: at most "
                    + MOST_CHARACTERS + " fit the executive summary");
        }
        if (!cleaned.equals(read(cycleId))) { // a save of the same words writes no version
            writers.wrote(cycleId, ReportWriters.Part.COMMENTARY, user);
        }
        cycles.setCommentary(cycleId, cleaned.isEmpty() ? null : cleaned);
        log.info("Report commentary for cycle {} changed by {} ({} characters)", cycleId, user, cleaned.length());
        return cleaned;
    }
}
