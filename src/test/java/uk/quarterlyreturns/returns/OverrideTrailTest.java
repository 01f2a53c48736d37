package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** A RAG override's justification is printed in the report, so every change to it is in the return's trail. */
class OverrideTrailTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnEditing editing;
    @Autowired
    ReturnWorkflow workflow;
    @Autowired
    ReturnTrail trail;

    @Test
    void rewordingTheJustificationOfAnUnchangedOverrideIsRecordedAndShownAsAChange() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 2740);
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        scenario.enter("HF-2", 2, "55");
        scenario.keyActionOnTrack(2);
        int version = editing.saveMeasure(id, repairs, null,
                new MeasureEntry(new BigDecimal("85"), null, null, null, null, null), "data.housing");
        version = editing.saveOverride(id, repairs, version, Rag.GREEN,
                "The survey behind this figure is incomplete", "dir.housing");
        workflow.submit(id, "data.housing");
        workflow.sendBackToService(id, "dir.housing", "Say which survey");

        editing.saveOverride(id, repairs, version, Rag.GREEN, "Only half the tenants' survey came back",
                "dir.housing");

        assertThat(trail.forReturn(id)).filteredOn(e -> e.kind().equals("OVERRIDE_JUSTIFICATION"))
                .extracting(ReturnTrail.Event::actor, ReturnTrail.Event::item, ReturnTrail.Event::oldValue,
                        ReturnTrail.Event::newValue)
                .containsExactly(
                        tuple("dir.housing", "HF-1", null, "The survey behind this figure is incomplete"),
                        tuple("dir.housing", "HF-1", "The survey behind this figure is incomplete",
                                "Only half the tenants' survey came back"));
        workflow.submit(id, "data.housing");
        assertThat(ChangesSinceLastVersion.of(trail.forReturn(id)).changes())
                .extracting(ChangesSinceLastVersion.Change::kind, ChangesSinceLastVersion.Change::item,
                        ChangesSinceLastVersion.Change::to)
                .containsExactly(tuple("OVERRIDE_JUSTIFICATION", "HF-1", "Only half the tenants' survey came back"));
    }

    @Test
    void anOverrideSavedAsItsJustificationIsTypedKeepsNoHalfTypedJustificationInTheTrail() throws Exception {
        Repairs r = repairsAt85(3476);

        // the form saves at each pause in typing: first a few words, then the whole sentence
        int version = editing.saveOverride(r.id(), r.measure(), r.version(), Rag.AMBER, "Only half", "dir.housing");
        editing.saveOverride(r.id(), r.measure(), version, Rag.AMBER, "Only half the tenants' survey came back",
                "dir.housing");

        assertThat(trail.forReturn(r.id())).filteredOn(e -> e.kind().contains("OVERRIDE"))
                .extracting(ReturnTrail.Event::kind, ReturnTrail.Event::oldValue, ReturnTrail.Event::newValue,
                        ReturnTrail.Event::comment)
                .containsExactly(tuple("RAG_OVERRIDE", null, "AMBER", null),
                        tuple("OVERRIDE_JUSTIFICATION", null, "Only half the tenants' survey came back", null));
    }

    @Test
    void anOverrideTakesOnlyARatingOfTheMeasuresScheme() throws Exception {
        Repairs r = repairsAt85(3482);

        // HF-1 is judged against a tolerance: Green, Amber or Red, as the report's G/A/R columns print it
        assertThatThrownBy(() -> editing.saveOverride(r.id(), r.measure(), r.version(), Rag.AMBER_GREEN,
                "The survey behind this figure is incomplete", "dir.housing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HF-1 is rated Green, Amber or Red (Tolerance): Amber/Green is not one of its ratings");
        assertThat(trail.forReturn(r.id())).noneMatch(e -> e.kind().contains("OVERRIDE"));

        editing.saveOverride(r.id(), r.measure(), r.version(), Rag.AMBER,
                "The survey behind this figure is incomplete", "dir.housing");
        assertThat(trail.forReturn(r.id()))
                .anyMatch(e -> e.kind().equals("RAG_OVERRIDE") && "AMBER".equals(e.newValue()));
    }

    @Test
    void aTextLongerThanTheFormTakesIsRefusedWhicheverWayItCame() throws Exception {
        Repairs r = repairsAt85(3590);
        String pages = "x".repeat(EntryTexts.MOST_CHARACTERS + 1);

        assertThatThrownBy(() -> editing.saveOverride(r.id(), r.measure(), r.version(), Rag.AMBER, pages,
                "dir.housing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The justification for the override of HF-1 is 4001 characters long: at most 4000."
                        + " Shorten it and save again.");
        assertThatThrownBy(() -> editing.saveMeasure(r.id(), r.measure(), r.version(),
                new MeasureEntry(new BigDecimal("85"), pages, null, null, null, null), "data.housing"))
                .hasMessageContaining("reasons for performance of HF-1 is 4001 characters");
        assertThat(trail.forReturn(r.id())).noneMatch(e -> e.kind().contains("OVERRIDE")
                || e.kind().equals("REASONS"));

        editing.saveOverride(r.id(), r.measure(), r.version(), Rag.AMBER, pages.substring(1), "dir.housing");
        assertThat(trail.forReturn(r.id())).anyMatch(e -> e.kind().equals("OVERRIDE_JUSTIFICATION"));
    }

    /** Housing's return in a year of the test's own, and its HF-1 row once the data officer gave it 85. */
    private record Repairs(long id, long measure, int version) {
    }

    private Repairs repairsAt85(int startYear) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, startYear);
        long id = scenario.housing.id();
        long repairs = scenario.measureId("HF-1");
        return new Repairs(id, repairs, editing.saveMeasure(id, repairs, null,
                new MeasureEntry(new BigDecimal("85"), null, null, null, null, null), "data.housing"));
    }
}
