package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.returns.ReturnChecks.Level;
import uk.quarterlyreturns.returns.ReturnChecks.Problem;

/**
 * A highlight report asked for is complete with the head of service's narrative and at least one of current issues or
 * improvements: a quarter may have nothing to say in one of them.
 */
class HighlightChecksTest {

    private static final String NO_NARRATIVE = "No head of service's narrative: give the head of service's narrative"
            + " for the quarter";
    private static final String NO_ISSUES_OR_IMPROVEMENTS = "No current issues or improvements: give at least one of"
            + " them";

    @Test
    void theNarrativeAndEitherCurrentIssuesOrImprovementsMakeItComplete() {
        assertThat(HighlightChecks.check(new Highlight("Voids slowed.", null, "A steady quarter."))).isEmpty();
        assertThat(HighlightChecks.check(new Highlight(null, "Repairs on time rose.", "A steady quarter."))).isEmpty();
        assertThat(HighlightChecks.check(new Highlight("Voids slowed.", "Repairs on time rose.", "A steady quarter.")))
                .isEmpty();
    }

    @Test
    void eachMissingPartIsNamedOnTheHighlightReport() {
        assertThat(HighlightChecks.check(Highlight.EMPTY)).extracting(Problem::code, Problem::level, Problem::message)
                .containsExactly(tuple("Highlight report", Level.ERROR, NO_NARRATIVE),
                        tuple("Highlight report", Level.ERROR, NO_ISSUES_OR_IMPROVEMENTS));
        assertThat(HighlightChecks.check(new Highlight("Voids slowed.", "Repairs on time rose.", null)))
                .extracting(Problem::message).containsExactly(NO_NARRATIVE);
        assertThat(HighlightChecks.check(new Highlight(null, null, "A steady quarter.")))
                .extracting(Problem::message).containsExactly(NO_ISSUES_OR_IMPROVEMENTS);
        assertThat(HighlightChecks.check(new Highlight("  ", "\n", " "))).as("spaces are no words").hasSize(2);
    }

    @Test
    void aReturnAskedForOneListsItsProblemsAndSaysHowFarItIsInTheSummary() {
        ReturnChecks checks = new ReturnChecks(new BigDecimal("50"));
        Completeness asked = checks.completeness(List.of(), List.of(), Optional.of(new Highlight(null, null, "Fine.")));
        assertThat(asked.complete()).isFalse();
        assertThat(asked.problems()).extracting(Problem::message).containsExactly(NO_ISSUES_OR_IMPROVEMENTS);
        assertThat(asked.lines()).last().isEqualTo("Highlight report: still to give the head of service's narrative"
                + " and current issues or improvements");

        Completeness given = checks.completeness(List.of(), List.of(),
                Optional.of(new Highlight("Voids slowed.", null, "Fine.")));
        assertThat(given.complete()).isTrue();
        assertThat(given.lines()).last().isEqualTo("Highlight report: complete");

        Completeness notAsked = checks.completeness(List.of(), List.of(), Optional.empty());
        assertThat(notAsked.complete()).isTrue();
        assertThat(notAsked.lines()).noneMatch(line -> line.startsWith("Highlight report"));
    }
}
