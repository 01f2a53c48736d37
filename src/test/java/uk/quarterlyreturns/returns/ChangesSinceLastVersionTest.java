package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Change;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Edit;

class ChangesSinceLastVersionTest {

    private final List<ReturnTrail.Event> trail = new ArrayList<>();

    @Test
    void aFirstSubmissionHasNothingToCompareWith() {
        edit("VALUE", "HF-1", null, "85");
        status("DRAFT", "SUBMITTED");
        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);
        assertThat(changes.version()).isEqualTo(1);
        assertThat(changes.since()).isNull();
        assertThat(changes.changes()).isEmpty();
    }

    @Test
    void onlyFieldsChangedBetweenThePreviousAndTheLatestSubmissionCount() {
        edit("VALUE", "HF-1", null, "85");
        status("DRAFT", "SUBMITTED");
        Instant firstSubmitted = at(trail.size() - 1);
        status("SUBMITTED", "SENT_BACK");
        edit("VALUE", "HF-1", "85", "88");
        edit("VALUE", "HF-1", "88", "90");
        edit("REASONS", "HF-2", null, "Fewer lettings");
        edit("ACTION_STATUS", "HKA-1", "AMBER", "GREEN");
        edit("ACTION_STATUS", "HKA-1", "GREEN", "AMBER");
        status("SENT_BACK", "SUBMITTED");
        edit("VALUE", "HF-3", null, "1");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.version()).isEqualTo(2);
        assertThat(changes.since()).isEqualTo(firstSubmitted);
        assertThat(changes.changes()).containsExactly(new Change("VALUE", "HF-1", "85", "90"),
                new Change("REASONS", "HF-2", null, "Fewer lettings"));
        assertThat(changes.items()).containsExactlyInAnyOrder("HF-1", "HF-2");
    }

    @Test
    void aThirdVersionIsComparedWithTheSecond() {
        status("DRAFT", "SUBMITTED");
        edit("VALUE", "HF-1", "70", "75");
        status("SENT_BACK", "SUBMITTED");
        edit("VALUE", "HF-1", "75", "80");
        status("SENT_BACK", "SUBMITTED");
        assertThat(ChangesSinceLastVersion.of(trail).version()).isEqualTo(3);
        assertThat(ChangesSinceLastVersion.of(trail).changes()).containsExactly(new Change("VALUE", "HF-1", "75", "80"));
    }

    @Test
    void theHighlightReportsFieldsCountAsTheReturnsContent() {
        edit("HIGHLIGHT_NARRATIVE", "Highlight report", null, "A steady quarter.");
        status("DRAFT", "SUBMITTED");
        status("SUBMITTED", "SENT_BACK");
        edit("HIGHLIGHT_NARRATIVE", "Highlight report", "A steady quarter.", "A better quarter.");
        edit("HIGHLIGHT_IMPROVEMENTS", "Highlight report", null, "Repairs on time rose.");
        edit("HIGHLIGHT_CURRENT_ISSUES", "Highlight report", "Voids slowed.", "Voids slowed.");
        status("SENT_BACK", "SUBMITTED");

        assertThat(ChangesSinceLastVersion.of(trail).changes()).containsExactly(
                new Change("HIGHLIGHT_NARRATIVE", "Highlight report", "A steady quarter.", "A better quarter."),
                new Change("HIGHLIGHT_IMPROVEMENTS", "Highlight report", null, "Repairs on time rose."));
    }


    @Test
    void changesAtSignOffOfAFirstSubmissionAreListedApartWithWhoAndWhen() {
        edit("VALUE", "HF-1", null, "85");
        status("DRAFT", "SUBMITTED");
        Instant submitted = at(trail.size() - 1);
        by("dir", "VALUE", "HF-1", "85", "88");
        by("deputy", "VALUE", "HF-1", "88", "89");
        by("dir", "REASONS", "HF-2", null, "Fewer lettings");
        by("dir", "ACTION_STATUS", "HKA-1", "AMBER", "GREEN");
        by("dir", "ACTION_STATUS", "HKA-1", "GREEN", "AMBER");
        status("SUBMITTED", "SIGNED_OFF");
        edit("VALUE", "HF-3", null, "1");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.version()).isEqualTo(1);
        assertThat(changes.since()).as("nothing to compare with").isNull();
        assertThat(changes.changes()).isEmpty();
        assertThat(changes.submitted()).isEqualTo(submitted);
        assertThat(changes.atSignOff()).as("changed and changed back is no change; after sign-off is not at it")
                .containsExactly(new Edit("VALUE", "HF-1", "85", "89", List.of("dir", "deputy"), at(3)),
                        new Edit("REASONS", "HF-2", null, "Fewer lettings", List.of("dir"), at(4)));
        assertThat(changes.signOffItems()).containsExactlyInAnyOrder("HF-1", "HF-2");
    }

    @Test
    void changesWhileTheReturnAwaitsSignOffCountSoFar() {
        status("DRAFT", "SUBMITTED");
        by("dir", "NOTE", "HF-1", null, "Provisional");

        assertThat(ChangesSinceLastVersion.of(trail).atSignOff())
                .containsExactly(new Edit("NOTE", "HF-1", null, "Provisional", List.of("dir"), at(1)));
    }

    @Test
    void aDirectorsChangesBeforeSendingBackBelongToTheNextVersionsChangesNotToItsSignOff() {
        status("DRAFT", "SUBMITTED");
        by("dir", "VALUE", "HF-1", "85", "88");
        status("SUBMITTED", "SENT_BACK");
        assertThat(ChangesSinceLastVersion.of(trail).atSignOff()).as("version 1 was never signed off").isEmpty();
        edit("VALUE", "HF-2", "50", "55");
        status("SENT_BACK", "SUBMITTED");
        by("dir", "VALUE", "HF-2", "55", "56");
        status("SUBMITTED", "SIGNED_OFF");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.version()).isEqualTo(2);
        assertThat(changes.changes()).containsExactly(new Change("VALUE", "HF-1", "85", "88"),
                new Change("VALUE", "HF-2", "50", "55"));
        assertThat(changes.atSignOff())
                .containsExactly(new Edit("VALUE", "HF-2", "55", "56", List.of("dir"), at(5)));
    }

    @Test
    void aResubmissionAfterTheQualityCheckListsOnlyItsOwnSignOffChanges() {
        status("DRAFT", "SUBMITTED");
        by("dir", "VALUE", "HF-1", "85", "88");
        status("SUBMITTED", "SIGNED_OFF");
        status("SIGNED_OFF", "SENT_BACK");
        edit("VALUE", "HF-2", "50", "55");
        status("SENT_BACK", "SUBMITTED");
        status("SUBMITTED", "SIGNED_OFF");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.changes()).as("since version 1 as it was signed off and checked")
                .containsExactly(new Change("VALUE", "HF-2", "50", "55"));
        assertThat(changes.atSignOff()).isEmpty();
    }

    /**
     * The director changed HF-1 from 50 to 55 at sign-off and the performance team checked 55; the service put 50 back.
     * That is a change since the version checked, though not since it was submitted.
     */
    @Test
    void aFigureChangedAtSignOffAndPutBackByTheServiceIsAChangeSinceTheVersionChecked() {
        signedOffWithHf1ChangedAtSignOff();
        Instant signedOff = at(trail.size() - 1);
        by("perf", "STATUS", null, "SIGNED_OFF", "SENT_BACK");
        ReturnTrail.Event back = trail.get(trail.size() - 1);
        edit("REASONS", "HF-2", null, "Fewer lettings");
        edit("VALUE", "HF-1", "55", "50");
        status("SENT_BACK", "SUBMITTED");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.changes()).containsExactly(new Change("REASONS", "HF-2", null, "Fewer lettings"),
                new Change("VALUE", "HF-1", "55", "50"));
        assertThat(changes.items()).containsExactlyInAnyOrder("HF-1", "HF-2");
        assertThat(changes.signedOff()).isEqualTo(signedOff);
        assertThat(changes.back()).isEqualTo(back);
    }

    @Test
    void aFigureChangedAtSignOffAndLeftAloneIsNoChangeSinceTheVersionChecked() {
        signedOffWithHf1ChangedAtSignOff();
        status("SIGNED_OFF", "SENT_BACK");
        edit("REASONS", "HF-1", null, "Fewer lettings");
        status("SENT_BACK", "SUBMITTED");

        assertThat(ChangesSinceLastVersion.of(trail).changes())
                .containsExactly(new Change("REASONS", "HF-1", null, "Fewer lettings"));
    }

    /** The director saw version 1 as submitted and sent it back: their own changes then are new in version 2. */
    @Test
    void aVersionTheDirectorSentBackIsComparedAsSubmitted() {
        edit("VALUE", "HF-1", null, "50");
        status("DRAFT", "SUBMITTED");
        by("dir", "VALUE", "HF-1", "50", "55");
        by("dir", "STATUS", null, "SUBMITTED", "SENT_BACK");
        status("SENT_BACK", "SUBMITTED");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.changes()).containsExactly(new Change("VALUE", "HF-1", "50", "55"));
        assertThat(changes.signedOff()).isNull();
        assertThat(changes.back().actor()).isEqualTo("dir");
    }

    /** A return reopened after acceptance is compared with the version accepted and published: as signed off. */
    @Test
    void aReopenedReturnIsComparedWithTheVersionAccepted() {
        signedOffWithHf1ChangedAtSignOff();
        status("SIGNED_OFF", "ACCEPTED");
        by("perf", "STATUS", null, "ACCEPTED", "REOPENED");
        ReturnTrail.Event reopened = trail.get(trail.size() - 1);
        edit("VALUE", "HF-2", "70", "72");
        status("REOPENED", "SUBMITTED");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.changes()).containsExactly(new Change("VALUE", "HF-2", "70", "72"));
        assertThat(changes.back()).isEqualTo(reopened);
    }

    /**
     * Each evidence file added or removed between versions is a change of its own, beside the figures; a file added
     * and removed again, or removed and added again, is none.
     */
    @Test
    void evidenceAddedOrRemovedSinceTheLastVersionIsAmongItsChanges() {
        status("DRAFT", "SUBMITTED");
        status("SUBMITTED", "SENT_BACK");
        edit(Evidence.ADDED, "HF-1", null, "extract.pdf (12.3 KB, SHA-256 1a2b3c4d5e6f)");
        edit(Evidence.ADDED, "HF-1", null, "count.csv (40 bytes, SHA-256 aaaaaaaaaaaa)");
        edit(Evidence.REMOVED, "HF-1", "count.csv (40 bytes, SHA-256 aaaaaaaaaaaa)", null);
        edit(Evidence.REMOVED, "HF-2", "old.pdf (2.0 KB, SHA-256 bbbbbbbbbbbb)", null);
        edit(Evidence.REMOVED, "HF-2", "kept.pdf (2.0 KB, SHA-256 cccccccccccc)", null);
        edit(Evidence.ADDED, "HF-2", null, "kept.pdf (2.0 KB, SHA-256 cccccccccccc)");
        status("SENT_BACK", "SUBMITTED");

        ChangesSinceLastVersion changes = ChangesSinceLastVersion.of(trail);

        assertThat(changes.changes()).containsExactly(
                new Change(Evidence.ADDED, "HF-1", null, "extract.pdf (12.3 KB, SHA-256 1a2b3c4d5e6f)"),
                new Change(Evidence.REMOVED, "HF-2", "old.pdf (2.0 KB, SHA-256 bbbbbbbbbbbb)", null));
        assertThat(changes.items()).containsExactlyInAnyOrder("HF-1", "HF-2");
    }

    @Test
    void twoFilesAddedToOneMeasureAtSignOffAreTwoChanges() {
        status("DRAFT", "SUBMITTED");
        by("dir", Evidence.ADDED, "HF-1", null, "a.pdf (1 byte, SHA-256 111111111111)");
        by("deputy", Evidence.ADDED, "HF-1", null, "b.pdf (1 byte, SHA-256 222222222222)");

        assertThat(ChangesSinceLastVersion.of(trail).atSignOff()).containsExactly(
                new Edit(Evidence.ADDED, "HF-1", null, "a.pdf (1 byte, SHA-256 111111111111)", List.of("dir"), at(1)),
                new Edit(Evidence.ADDED, "HF-1", null, "b.pdf (1 byte, SHA-256 222222222222)", List.of("deputy"),
                        at(2)));
    }

    @Test
    void aRevisionOfAnEarlierFigureNotAppliedAtAnAcceptanceIsNoChange() {
        status("DRAFT", "SUBMITTED");
        status("SIGNED_OFF", "ACCEPTED");
        trail.add(new ReturnTrail.Event(trail.size() + 1, 7, at(trail.size()), "perf", EarlierFigures.EARLIER_FIGURE,
                "HF-1 Q1", "82% (provisional) revised to 84%", null,
                EarlierFigures.NOT_APPLIED + "the Q1 figure had changed meanwhile"));
        status("ACCEPTED", "REOPENED");
        status("REOPENED", "SUBMITTED");

        assertThat(ChangesSinceLastVersion.of(trail).changes()).isEmpty();
    }

    /** Version 1 submitted with HF-1 at 50, which the director changed to 55 before signing it off. */
    private void signedOffWithHf1ChangedAtSignOff() {
        edit("VALUE", "HF-1", null, "50");
        status("DRAFT", "SUBMITTED");
        by("dir", "VALUE", "HF-1", "50", "55");
        status("SUBMITTED", "SIGNED_OFF");
    }

    private void edit(String kind, String item, String from, String to) {
        add(kind, item, from, to);
    }

    private void by(String actor, String kind, String item, String from, String to) {
        int n = trail.size();
        trail.add(new ReturnTrail.Event(n + 1, 7, at(n), actor, kind, item, from, to, null));
    }

    private static Instant at(int n) {
        return Instant.parse("2026-07-01T09:00:00Z").plusSeconds(60L * n);
    }

    private void status(String from, String to) {
        add("STATUS", null, from, to);
    }

    private void add(String kind, String item, String from, String to) {
        by("someone", kind, item, from, to);
    }
}
