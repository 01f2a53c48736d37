package uk.quarterlyreturns.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.cycle.ReportWriters;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.calendar.UkDateFormat;

/**
 * The performance team's cover report for a cycle. Like the commentary it is read when the report is
 * compiled, so it may change only while a compilation is still to come.
 */
@Service
public class CabinetCoverService {

    private static final DateTimeFormatter WHEN = UkDateFormat.ofPattern("d MMM yyyy 'at' HH:mm")
            .withZone(LondonTime.ZONE);

    static final int SHORT = 300;
    static final int LONG = 4000;

    private final CabinetCovers covers;
    private final CycleRepository cycles;
    private final ReportCommentary commentary;
    private final PeopleService people;
    private final Clock clock;
    private final ReportWriters writers;

    CabinetCoverService(CabinetCovers covers, CycleRepository cycles, ReportCommentary commentary,
            PeopleService people, Clock clock, ReportWriters writers) {
        this.writers = writers;
        this.covers = covers;
        this.cycles = cycles;
        this.commentary = commentary;
        this.people = people;
        this.clock = clock;
    }

    public CabinetCover read(long cycleId) {
        return covers.find(cycleId).orElse(CabinetCover.EMPTY);
    }

    /**
     * "Last saved by Performance Manager on 5 Dec 2026 at 10:15": with several of the team at work on one cover, each
     * sees whose words the page shows; empty before anyone saved it.
     */
    public Optional<String> lastSaved(long cycleId) {
        return covers.lastSaved(cycleId).map(s -> "Last saved by " + who(s) + " on " + WHEN.format(s.at()));
    }

    private String who(CabinetCovers.Saved s) {
        return people.find(s.by()).map(Person::displayName).orElse(s.by());
    }

    /** The same window as the commentary's: before the report is compiled for approval. */
    public boolean editable(long cycleId) {
        return commentary.editable(cycleId);
    }

    @Transactional
    public void write(long cycleId, String user, CabinetCover cover) {
        write(cycleId, user, cover, null);
    }

    /** A save refused as a colleague saved the cover since the page showed it: {@code theirs} as it now stands. */
    public static final class SavedMeanwhile extends IllegalStateException {
        private final transient CabinetCover theirs;

        SavedMeanwhile(String message, CabinetCover theirs) {
            super(message);
            this.theirs = theirs;
        }

        public CabinetCover theirs() {
            return theirs;
        }
    }

    /**
     * Saves the cover over the one the page showed ({@code shown}; null: whatever is there), so that one of the team
     * saving a page opened earlier does not wipe out a colleague's cover saved meanwhile.
     *
     * @return the cover as saved, for the page's next save: read again after this commits, it could be a colleague's
     * @throws IllegalStateException when the cover changed since the page showed it; nothing is changed
     */
    @Transactional
    public CabinetCover write(long cycleId, String user, CabinetCover cover, CabinetCover shown) {
        if (!people.find(user).map(p -> p.has(Role.PERFORMANCE_TEAM)).orElse(false)) {
            throw new NotAllowedException("Only the performance team writes the report's cover");
        }
        cycles.lock(cycleId);
        if (!editable(cycleId)) {
            throw new IllegalStateException("The report has been compiled for approval: the cover can change only"
                    + " before the report is compiled");
        }
        if (shown != null && !shown.equals(read(cycleId))) {
            String whoAndWhen = covers.lastSaved(cycleId).map(s -> who(s) + " saved the cover report on "
                    + WHEN.format(s.at())).orElse("Someone else saved the cover report");
            throw new SavedMeanwhile(whoAndWhen + " after this page showed it, so yours was not saved. Save mine over"
                    + " theirs saves only the fields you changed and keeps the rest of theirs; or open the page again"
                    + " to read theirs", read(cycleId));
        }
        String problems = problems(cover);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems);
        }
        if (!cover.equals(read(cycleId))) { // a save of the same cover writes no version
            writers.wrote(cycleId, ReportWriters.Part.COVER, user);
        }
        covers.save(cycleId, cover, user, clock.instant());
        return cover;
    }

    /** Every field that is too long, named, so one message says everything to fix. */
    static String problems(CabinetCover c) {
        Map<String, String> shortFields = new LinkedHashMap<>();
        shortFields.put("Meeting", c.meeting());
        shortFields.put("Title", c.title());
        shortFields.put("Cabinet member", c.cabinetMember());
        shortFields.put("Director responsible", c.directorResponsible());
        Map<String, String> longFields = new LinkedHashMap<>();
        longFields.put("Purpose", c.purpose());
        longFields.put("Recommendations", c.recommendations());
        longFields.put("Reasons", c.reasons());
        longFields.put("Contact officer", c.contactOfficer());
        StringBuilder out = new StringBuilder();
        shortFields.forEach((name, value) -> tooLong(out, name, value, SHORT));
        longFields.forEach((name, value) -> tooLong(out, name, value, name.equals("Contact officer") ? 500 : LONG));
        return out.toString().strip();
    }

    private static void tooLong(StringBuilder out, String name, String value, int most) {
        if (value != null && value.length() > most) {
            out.append(name).append(" is ").append(value.length()).append(" characters long: at most ").append(most)
                    .append(" fit. ");
        }
    }
}
