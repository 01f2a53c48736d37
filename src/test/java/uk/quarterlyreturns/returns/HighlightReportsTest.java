package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.SavedMeanwhileException;
import uk.quarterlyreturns.returns.ChangesSinceLastVersion.Change;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** Two preparers writing one highlight report: neither overwrites the other unknowingly, and both are in the trail. */
class HighlightReportsTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    HighlightReports highlights;
    @Autowired
    ReturnTrail trail;
    @Autowired
    ReturnWorkflow workflow;

    private ReturnScenario scenario;

    private long openAskingForAHighlightReport(int year) throws Exception {
        scenario = ReturnScenario.open(context, year);
        highlights.setWanted(scenario.cycle.id(), scenario.housing.serviceId(), true, "perf");
        return scenario.housing.id();
    }

    @AfterEach
    void noLongerAsked() {
        if (scenario != null) {
            scenario.noHighlightReportByDefault();
        }
    }

    @Test
    void aSaveFromAPageOpenedBeforeSomeoneElseSavedIsRefusedAndTheirWordsKept() throws Exception {
        long id = openAskingForAHighlightReport(2551);
        // Both open the return while it has no highlight report yet
        Integer directorRead = highlights.stored(id).map(HighlightReports.Stored::version).orElse(null);
        Integer officerRead = highlights.stored(id).map(HighlightReports.Stored::version).orElse(null);

        highlights.save(id, "dir.housing", directorRead, new Highlight(null, null, "A steady quarter."));

        assertThatThrownBy(() -> highlights.save(id, "data.housing", officerRead,
                new Highlight("Void turnaround slowed.", null, null)))
                .isInstanceOf(SavedMeanwhileException.class).hasMessageContaining("dir.housing");
        assertThat(highlights.find(id)).contains(new Highlight(null, null, "A steady quarter."));
    }

    @Test
    void aSaveOverAnOlderVersionOfAnExistingReportIsRefusedTooAndTheLatestGoesThrough() throws Exception {
        long id = openAskingForAHighlightReport(2552);
        highlights.save(id, "data.housing", null, new Highlight("Voids slowed.", null, null));
        int bothRead = highlights.stored(id).orElseThrow().version();

        int directorSaved = highlights.save(id, "dir.housing", bothRead,
                new Highlight("Voids slowed.", null, "A steady quarter."));
        assertThatThrownBy(() -> highlights.save(id, "data.housing", bothRead,
                new Highlight("Voids slowed.", "Repairs on time rose.", null)))
                .isInstanceOf(SavedMeanwhileException.class);
        assertThat(highlights.find(id).orElseThrow().narrative()).isEqualTo("A steady quarter.");

        highlights.save(id, "data.housing", directorSaved,
                new Highlight("Voids slowed.", "Repairs on time rose.", "A steady quarter."));
        assertThat(highlights.stored(id).orElseThrow()).satisfies(stored -> {
            assertThat(stored.highlight()).isEqualTo(
                    new Highlight("Voids slowed.", "Repairs on time rose.", "A steady quarter."));
            assertThat(stored.updatedBy()).isEqualTo("data.housing");
        });
    }

    @Test
    void eachChangedFieldIsInTheTrailAndInWhatChangedSinceTheLastVersion() throws Exception {
        long id = openAskingForAHighlightReport(2553);
        highlights.save(id, "data.housing", null, new Highlight("Voids slowed.", null, "A steady quarter."));
        scenario.enter("HF-1", 2, "85");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        workflow.submit(id, "data.housing");
        workflow.sendBackToService(id, "dir.housing", "Say more about the voids");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);

        int version = highlights.stored(id).orElseThrow().version();
        highlights.save(id, "dir.housing", version,
                new Highlight("Voids slowed: two contractors left.", null, "A steady quarter."));
        workflow.submit(id, "data.housing");

        assertThat(trail.forReturn(id)).filteredOn(e -> e.kind().startsWith("HIGHLIGHT_"))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::kind, ReturnTrail.Event::oldValue,
                        ReturnTrail.Event::newValue)
                .containsExactly(
                        tuple("data.housing", "HIGHLIGHT_CURRENT_ISSUES", null, "Voids slowed."),
                        tuple("data.housing", "HIGHLIGHT_NARRATIVE", null, "A steady quarter."),
                        tuple("dir.housing", "HIGHLIGHT_CURRENT_ISSUES", "Voids slowed.",
                                "Voids slowed: two contractors left."));
        assertThat(ChangesSinceLastVersion.of(trail.history(id)).changes()).containsExactly(
                new Change("HIGHLIGHT_CURRENT_ISSUES", HighlightReports.TRAIL_ITEM, "Voids slowed.",
                        "Voids slowed: two contractors left."));
    }

    @Test
    void aReturnStartedWithItsHighlightReportIsADraftFromThen() throws Exception {
        long id = openAskingForAHighlightReport(2912);
        highlights.save(id, "data.housing", null, new Highlight("Voids slowed.", null, null));

        assertThat(scenario.reload().status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(trail.forReturn(id)).extracting(ReturnTrail.Event::kind, ReturnTrail.Event::newValue)
                .containsExactly(tuple(HighlightReports.ASKED_KIND, "Asked for"), tuple("STATUS", "DRAFT"),
                        tuple("HIGHLIGHT_CURRENT_ISSUES", "Voids slowed."));
    }
}
