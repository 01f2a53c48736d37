package uk.quarterlyreturns.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The cover report a Cabinet paper opens with, as the performance team entered it for the cycle.
 *
 * @param meeting             e.g. "Cabinet & Council"
 * @param meetingDate         the meeting's date, or null
 * @param title               e.g. "Quarter (2) Corporate Performance Report"; the report's own title when blank
 * @param keyDecision         whether this is a key decision; null when not said
 * @param recommendations     the officer recommendations, e.g. "It is recommended that the report is noted."
 * @param reasons             the reasons for the recommendations
 * @param cabinetMember       the cabinet member (portfolio holder) responsible
 * @param directorResponsible the service director responsible
 * @param contactOfficer      who to contact about the report
 */
public record CabinetCover(String meeting, LocalDate meetingDate, String title, String purpose,
                           Boolean keyDecision, String recommendations, String reasons, String cabinetMember,
                           String directorResponsible, String contactOfficer) {

    public static final CabinetCover EMPTY = new CabinetCover(null, null, null, null, null, null, null, null,
            null, null);

    public CabinetCover {
        meeting = clean(meeting);
        title = clean(title);
        purpose = clean(purpose);
        recommendations = clean(recommendations);
        reasons = clean(reasons);
        cabinetMember = clean(cabinetMember);
        directorResponsible = clean(directorResponsible);
        contactOfficer = clean(contactOfficer);
    }

    /** Nothing entered: the report then opens with its own title page only. */
    @JsonIgnore
    public boolean isEmpty() {
        return meetingDate == null && keyDecision == null && Stream.of(meeting, title, purpose, recommendations,
                reasons, cabinetMember, directorResponsible, contactOfficer).allMatch(s -> s == null);
    }

    /**
     * "Save mine over theirs" after a colleague saved the cover meanwhile: the fields this page changed from what it
     * showed, as typed here; every other field as the colleague saved it.
     */
    public static CabinetCover mineOverTheirs(CabinetCover mine, CabinetCover shown, CabinetCover theirs) {
        return new CabinetCover(pick(mine.meeting, shown.meeting, theirs.meeting),
                pick(mine.meetingDate, shown.meetingDate, theirs.meetingDate),
                pick(mine.title, shown.title, theirs.title),
                pick(mine.purpose, shown.purpose, theirs.purpose),
                pick(mine.keyDecision, shown.keyDecision, theirs.keyDecision),
                pick(mine.recommendations, shown.recommendations, theirs.recommendations),
                pick(mine.reasons, shown.reasons, theirs.reasons),
                pick(mine.cabinetMember, shown.cabinetMember, theirs.cabinetMember),
                pick(mine.directorResponsible, shown.directorResponsible, theirs.directorResponsible),
                pick(mine.contactOfficer, shown.contactOfficer, theirs.contactOfficer));
    }

    private static <T> T pick(T mine, T shown, T theirs) {
        return Objects.equals(mine, shown) ? theirs : mine;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
