package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.returns.ReturnUpload.Form;
import uk.quarterlyreturns.returns.ReturnUpload.MeasureNow;

/**
 * What each row of a file uploaded into a return's form means, on the Housing framework (fixtures/framework-form.csv)
 * in Q2: HF-1 repairs (%, tolerance: Green, Amber or Red), HF-2 households (count), HF-3 annual, due in Q4; key action
 * HKA-1.
 */
class ReturnUploadTest {

    private static final String HEADER = "code,value,note,numerator,denominator,title,rag,reasons,actions_planned,"
            + "query_explanation,not_available_reason,rag_override,override_justification,provisional,figure_for\n";
    private static final String ACTIONS_HEADER = "code,title,status,commentary,reasons,actions_planned\n";

    @Test
    void aPlainValuesFileGivesItsFiguresAndLeavesEverythingElseAsItIs() {
        ReturnUpload.Given given = read(csv("code,value\nHF-1,85\nhf-2,90\n"), null, form(false));

        assertThat(given.measures()).extracting(MeasureGiven::code, m -> m.figure().toPlainString(),
                MeasureGiven::reasons, MeasureGiven::notAvailableReason, MeasureGiven::provisional,
                MeasureGiven::override).containsExactly(tuple("HF-1", "85", null, null, null, null),
                tuple("HF-2", "90", null, null, null, null));
        assertThat(given.summary("values.csv")).isEqualTo("2 values from values.csv entered in the form. Check the RAGs"
                + " and narratives below.");
    }

    @Test
    void theWorkbooksNarrativesNotAvailableReasonAndProvisionalMarkAreRead() {
        ReturnUpload.Given given = read(csv(HEADER
                + "HF-1,62,,,,Repairs,Red,Contractor lost,Retender,,,,,,\n"
                + "HF-2,,,,,Households,,,,,Register being migrated,,,yes,\n"
                + "HF-3,,,,,Homes,Not due,,,,,,,,\n"), csv(ACTIONS_HEADER
                + "HKA-1,Empty homes,amber/GREEN,Eight homes back,,\n"), form(false));

        MeasureGiven repairs = given.measures().get(0);
        assertThat(repairs.figure()).isEqualByComparingTo("62");
        assertThat(repairs.reasons()).isEqualTo("Contractor lost");
        assertThat(repairs.actionsPlanned()).isEqualTo("Retender");
        assertThat(repairs.provisional()).as("a figure with a blank provisional cell is final").isFalse();
        MeasureGiven households = given.measures().get(1);
        assertThat(households.figure()).isNull();
        assertThat(households.notAvailableReason()).isEqualTo("Register being migrated");
        assertThat(households.provisional()).as("no figure: the mark is left alone").isNull();
        assertThat(given.actions()).containsExactly(new ActionGiven("HKA-1", Rag.AMBER_GREEN, "Eight homes back",
                null, null));
        assertThat(given.summary("return.xlsx")).isEqualTo("1 value, 1 figure not available, 1 narrative,"
                + " 1 key action from return.xlsx entered in the form; 1 row with nothing given left as it was."
                + " Check the RAGs and narratives below.");
    }

    @Test
    void provisionalIsYesOrNoInAnyLettersBesideAFigure() {
        ReturnUpload.Given given = read(csv("code,value,provisional\nHF-1,62,YES\nHF-2,90,no\n"), null, form(false));
        assertThat(given.measures()).extracting(MeasureGiven::provisional).containsExactly(true, false);

        assertThat(problems(csv("code,value,provisional\nHF-1,62,maybe\n"), null, form(false)))
                .containsExactly("Measures, row 2, provisional: Write yes for a provisional figure, or no (or leave"
                        + " it blank) for a final one");
    }

    @Test
    void everyBadCellOfEitherSheetIsNamedAtOnce() {
        List<String> problems = problems(csv(HEADER
                + "HF-1,62,,,,,,,,,Not collected,,,,\n"
                + "HF-2,,,,,,,%s,,,,,,,\n".formatted("x".repeat(EntryTexts.MOST_CHARACTERS + 1))
                + "HF-3,,,,,,,Why,,,,,,,\n"
                + "HF-9,,,,,,,Why,,,,,,,\n"
                + "HF-4,,%s,,,,,,,,,,,,\n".formatted("n".repeat(2001))), csv(ACTIONS_HEADER
                + "HKA-1,,Nearly there,On its way,,\n"
                + "HKA-9,,Green,Done,,\n"), form(false));

        assertThat(problems).containsExactly(
                "Measures, row 2, not_available_reason: A figure is given on this row: leave not_available_reason"
                        + " blank, or clear the value to mark the figure not available",
                "Measures, row 3, reasons: Too long: at most 4000 characters (this has 4001), as the form takes",
                "Measures, row 4, code: HF-3 is not due in Q2: it is an annual measure, reported in Q4 only",
                "Measures, row 5, code: HF-9 is not due in this return",
                "Measures, row 6, note: Too long: at most 2000 characters (this has 2001)",
                "Measures, row 6, value: Must not be empty: give the value, or both numerator and denominator",
                "Measures, row 6, code: HF-4 is not due in this return",
                "Key actions, row 2, status: \"Nearly there\" is not a rating here: use one of Green, Amber/Green,"
                        + " Amber, Red/Amber, Red",
                "Key actions, row 3, code: HKA-9 is not a key action of this return");
    }

    /** The same measure twice, however its code is written: which row wins is not guessed, both rows are named. */
    @Test
    void aMeasureGivenTwiceIsRefusedNamingBothRows() {
        assertThat(problems(csv("code,value,reasons\nHF-1,62,First\nHF-2,90,\n hf-1 ,64,Second\n"), null,
                form(false))).singleElement().asString().contains("row 4", "code", "also on row 2");
    }

    @Test
    void aValuesFilesProblemsAreNamedByRowAndColumnAsToday() {
        assertThatThrownBy(() -> ReturnUpload.read(csv("code,value\nHF-1,lots\nHF-9,5\n"), Optional.empty(), false,
                form(false), Optional.empty())).isInstanceOfSatisfying(UploadRefusedException.class,
                e -> assertThat(e.problems()).extracting(UploadProblem::describe).containsExactly(
                        "Row 2, value: Not a number", "Row 3, code: HF-9 is not due in this return"));
    }

    @Test
    void aFigureNotAvailableIsForAMeasureWithNoFigureInTheForm() {
        Form withFigure = form(false, Map.of("HF-2", true), null);
        assertThat(problems(csv("code,value,not_available_reason\nHF-2,,Register being migrated\n"), null, withFigure))
                .containsExactly("Measures, row 2, not_available_reason: HF-2 has a figure in the form: clear it"
                        + " there first to mark the figure not available");
    }

    /** "n/a" as the value, with its reason beside it: one refusal, saying what to do in this file, not on the form. */
    @Test
    void aValueWrittenNotAvailableIsRefusedOnceSayingToClearIt() {
        assertThat(problems(csv("code,value,not_available_reason\nHF-2,n/a,Register being migrated\n"), null,
                form(false))).containsExactly("Measures, row 2, value: Not a number: to mark the figure not"
                        + " available, clear the value and give the reason in the not_available_reason column");
    }

    @Test
    void aDataOfficersOverrideIsRefusedSayingWhoMayAndTheOneKeptIsNoChange() {
        String file = "code,value,rag_override,override_justification\nHF-1,60,Amber,Back next month\n";
        assertThat(problems(csv(file), null, form(false))).containsExactly("Measures, row 2, rag_override: "
                + UploadedOverride.WHO_MAY);

        RagOverride kept = new RagOverride(Rag.AMBER, "dir.housing", Instant.EPOCH, "Back next month\n");
        ReturnUpload.Given again = read(csv(file), null, form(false, Map.of("HF-1", true), kept));
        assertThat(again.measures()).singleElement().satisfies(m -> assertThat(m.override()).isNull());
    }

    @Test
    void aDirectorsOverrideNeedsAJustificationAndOneOfTheMeasuresRatings() {
        ReturnUpload.Given given = read(csv("code,value,rag_override,override_justification\n"
                + "HF-1,60,amber,Back next month\n"), null, form(true));
        assertThat(given.measures()).singleElement().satisfies(m -> {
            assertThat(m.override()).isEqualTo(Rag.AMBER);
            assertThat(m.overrideJustification()).isEqualTo("Back next month");
        });
        assertThat(given.summary("f.csv")).startsWith("1 value, 1 RAG override from f.csv");

        assertThat(problems(csv("code,value,rag_override,override_justification\nHF-1,60,Amber,\n"
                + "HF-2,90,Amber/Green,Fine\n"), null, form(true))).containsExactly(
                "Measures, row 2, override_justification: Give a justification for overriding the RAG: the report prints it",
                "Measures, row 3, rag_override: \"Amber/Green\" is not a rating here: use one of Green, Amber, Red");
    }

    @Test
    void theDownloadedWorkbookWithNothingFilledInEntersNothing() {
        ReturnUpload.Given given = read(csv(HEADER + "HF-1,,,,,Repairs,,,,,,,,,\nHF-2,,,,,Households,,,,,,,,,\n"),
                csv(ACTIONS_HEADER + "HKA-1,Empty homes,,,,\n"), form(false));
        assertThat(given.measures()).isEmpty();
        assertThat(given.actions()).isEmpty();
        assertThat(given.summary("return.xlsx")).isEqualTo("Nothing from return.xlsx entered in the form; 3 rows"
                + " with nothing given left as they were. Check the RAGs and narratives below.");
    }

    /**
     * A row as the workbook was downloaded, written another way (a number with trailing zeros, a rating in other
     * letters, "no" for a final figure), still gives what the return holds: nothing to enter.
     */
    @Test
    void aRowAsDownloadedEntersNothingHoweverItsNumbersAndWordsAreWritten() {
        Map<String, String> repairs = Map.of("value", "85", "reasons", "Contractor lost");
        Map<String, String> homes = Map.of("status", "Amber/Green", "commentary", "Eight homes back");
        ItemCells held = new ItemCells(Map.of("HF-1", repairs), Map.of("HKA-1", homes));
        Form f = form(false);
        Form form = new Form(f.quarter(), false, f.measures(), f.actionCodes(), held);

        ReturnUpload.Given given = ReturnUpload.read(csv("code,value,provisional,reasons\nhf-1,85.00,No,Contractor lost"
                + "\n"), Optional.of(csv(ACTIONS_HEADER + "HKA-1,,AMBER_GREEN,Eight homes back,,\n")), true, form,
                Optional.of(new AsDownloaded(Instant.EPOCH, held)));

        assertThat(given.measures()).isEmpty();
        assertThat(given.actions()).isEmpty();
        assertThat(given.summary("return.xlsx")).isEqualTo("Nothing from return.xlsx entered in the form; 2 rows"
                + " unchanged left as they were. Check the RAGs and narratives below.");
    }

    private static ReturnUpload.Given read(TabularFile measures, TabularFile actions, Form form) {
        return ReturnUpload.read(measures, Optional.ofNullable(actions), true, form, Optional.empty());
    }

    private static List<String> problems(TabularFile measures, TabularFile actions, Form form) {
        return assertThatThrownBy(() -> ReturnUpload.read(measures, Optional.ofNullable(actions), true, form,
                Optional.empty()))
                .isInstanceOf(UploadRefusedException.class).actual() instanceof UploadRefusedException e
                ? e.problems().stream().map(UploadProblem::describe).toList() : List.of();
    }

    private static Form form(boolean canOverride) {
        return form(canOverride, Map.of(), null);
    }

    /** The Housing return in Q2, these measures with a figure, HF-1 with this override kept. */
    private static Form form(boolean canOverride, Map<String, Boolean> figures, RagOverride hf1Override) {
        Map<String, MeasureNow> measures = new LinkedHashMap<>();
        long id = 1;
        for (FrameworkRow row : framework()) {
            Measure m = new Measure(id++, 1, 1, row);
            measures.put(m.code(), new MeasureNow(m, figures.getOrDefault(m.code(), false),
                    m.code().equals("HF-1") ? hf1Override : null));
        }
        return new Form(2, canOverride, measures, Set.of("HKA-1"), ItemCells.NONE);
    }

    private static List<FrameworkRow> framework() {
        try {
            return FrameworkFileParser.parse(TabularFile.read(new ClassPathResource("fixtures/framework-form.csv")
                    .getContentAsByteArray(), "framework-form.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }
}
