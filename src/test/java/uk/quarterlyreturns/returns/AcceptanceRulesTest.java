package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which returns bulk acceptance takes, and the reason it gives for each one it leaves. */
class AcceptanceRulesTest {

    private static final Instant AT = Instant.parse("2017-10-20T09:00:00Z");

    @Test
    void takesASignedOffReturnWithNothingOpen() {
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SIGNED_OFF), Set.of(), List.of())).isEmpty();
    }

    @Test
    void leavesAReturnThatIsNotSignedOff() {
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.ACCEPTED), Set.of(), List.of()))
                .contains("it is accepted, not signed off");
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SENT_BACK), Set.of(), List.of()))
                .contains("it is sent back, not signed off");
    }

    @Test
    void leavesAReturnWithAnOpenChallengeOrAnUnexplainedQuery() {
        List<ReturnChecks.Problem> problems = List.of(
                new ReturnChecks.Problem("HF-2", ReturnChecks.Level.QUERY, "Changed by more than 50%"),
                new ReturnChecks.Problem("HF-3", ReturnChecks.Level.ERROR, "Amber: give the reasons"));
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SIGNED_OFF), new LinkedHashSet<>(List.of("HF-1", "HKA-1")), problems))
                .contains("the challenge on HF-1, HKA-1 is not answered yet; the query on HF-2 is not explained");
    }

    @Test
    void leavesAReturnWhoseHighlightReportAskedForIsBlankOrIncompleteSayingToSendItBack() {
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SIGNED_OFF), Set.of(),
                HighlightChecks.check(Highlight.EMPTY)))
                .contains("the highlight report asked for is blank: send the return back");
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SIGNED_OFF), Set.of("HF-1"),
                HighlightChecks.check(new Highlight("Voids slowed.", null, null))))
                .contains("the challenge on HF-1 is not answered yet; the highlight report asked for has no head of"
                        + " service's narrative: send the return back");
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SIGNED_OFF), Set.of(),
                HighlightChecks.check(new Highlight(null, null, "A steady quarter."))))
                .contains("the highlight report asked for has no current issues or improvements: send the return"
                        + " back");
        assertThat(AcceptanceRules.whyNot(of(ReturnStatus.SIGNED_OFF), Set.of(),
                HighlightChecks.check(new Highlight(null, "Repairs on time rose.", "A steady quarter.")))).isEmpty();
    }

    @Test
    void aChallengeIsOpenUntilAnsweredAndOnlySinceTheLatestSignOff() {
        List<ReturnTrail.Event> trail = List.of(
                status(1, "SIGNED_OFF"),
                event(2, Challenges.KIND, "HF-1"),
                status(3, "SENT_BACK"),
                status(4, "SUBMITTED"),
                status(5, "SIGNED_OFF"),
                event(6, Challenges.KIND, "HF-2"),
                event(7, Challenges.KIND, "HKA-1"),
                event(8, Challenges.ANSWER, "HF-2"));
        assertThat(AcceptanceRules.openSinceSignOff(trail)).containsExactly("HKA-1");
        assertThat(Challenges.open(trail)).containsExactly("HF-1", "HKA-1");
        assertThat(AcceptanceRules.openSinceSignOff(List.of(event(1, Challenges.KIND, "HF-1"),
                event(2, Challenges.ANSWER, "HF-1"), event(3, Challenges.KIND, "HF-1")))).containsExactly("HF-1");
    }

    private static ReturnTrail.Event status(long id, String to) {
        return new ReturnTrail.Event(id, 1, AT.plusSeconds(id), "x", "STATUS", null, null, to, null);
    }

    private static ReturnTrail.Event event(long id, String kind, String item) {
        return new ReturnTrail.Event(id, 1, AT.plusSeconds(id), "x", kind, item, null, null, "text");
    }

    private static ServiceReturn of(ReturnStatus status) {
        return new ServiceReturn(1, 1, 1, "Housing", 1, "Place", status, null, null, null, null, null, null, null,
                null, 0, null, null);
    }
}
