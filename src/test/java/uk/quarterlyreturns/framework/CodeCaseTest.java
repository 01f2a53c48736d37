package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.base.tabular.ImportError;

/**
 * A code is unique within the year without regard to case: a file spelling a stored code in other letters
 * changes that measure (or key action), and its spelling becomes the file's, rather than adding a second one.
 */
class CodeCaseTest extends ApplicationTest {

    private static final String FRAMEWORK = "code,title,directorate,service,theme,unit,polarity,frequency,"
            + "aggregation,target,floor,tolerance_pct,rag_scheme\n";
    private static final String PLACE = ",Case Directorate,Case Services,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,"
            + "SNAPSHOT,";
    private static final String ACTIONS = "code,title,directorate,service,theme\n";

    @Autowired FrameworkImport imports;

    @Autowired FigureImport figures;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;
    @Autowired KeyActionRepository actions;
    @Autowired ValueRepository values;
    @Autowired JdbcClient jdbc;

    @Test
    void aMeasureCodeInOtherLettersChangesTheYearsMeasureAndTakesTheFilesSpelling() {
        String year = "2660-61";
        imports.importMeasures(year, csv(FRAMEWORK + "KI 433,Household waste recycled" + PLACE + "50,,,NONE\n"));
        long id = years.find(year).orElseThrow().id();
        long measure = measures.find(id, "KI 433").orElseThrow().id();

        ImportResult result = imports.importMeasures(year,
                csv(FRAMEWORK + "ki 433,Household waste recycled" + PLACE + "60,,,NONE\n"));

        assertThat(result.changed()).isEqualTo(1);
        assertThat(measures.forYear(id)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(measure);
            assertThat(m.code()).isEqualTo("ki 433");
            assertThat(m.definition().target().value()).isEqualByComparingTo("60");
        });

        // history and the values feed find it in any letters too
        figures.importHistory(year, csv("code,year,value\nKi 433,2659-60,48\n"));
        figures.importValues(year, 1, csv("code,value\nKI 433,52\n"), "perf");
        assertThat(values.find(measure, 1)).get().extracting(QuarterValue::value)
                .satisfies(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("52")));
    }

    @Test
    void aKeyActionCodeInOtherLettersChangesTheYearsKeyAction() {
        String year = "2661-62";
        String place = ",Case Directorate,Case Services,Ambitious\n";
        imports.importKeyActions(year, csv(ACTIONS + "ERC009,Open the new depot" + place));
        long id = years.find(year).orElseThrow().id();
        long action = actions.find(id, "ERC009").orElseThrow().id();

        imports.importKeyActions(year, csv(ACTIONS + "erc009,Open the new depot by March" + place));

        assertThat(actions.forYear(id)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(action);
            assertThat(a.code()).isEqualTo("erc009");
            assertThat(a.definition().title()).isEqualTo("Open the new depot by March");
        });
    }

    /**
     * A year stored before codes were compared this way may hold two codes differing only in case: a file
     * spelling one of them exactly changes that one; a file spelling neither is refused, naming both.
     */
    @Test
    void twoStoredCodesDifferingOnlyInCaseAreChangedByExactSpellingAndOtherwiseNamed() {
        String year = "2662-63";
        imports.importMeasures(year, csv(FRAMEWORK + "BCI,Benefit claims in time" + PLACE + "80,,,NONE\n"));
        long id = years.find(year).orElseThrow().id();
        jdbc.sql("""
                insert into measure (year_id, code, title, service_id, theme_id, unit, polarity, frequency,
                    aggregation, target_kind, target, rag_scheme, row_order)
                select year_id, 'bci', 'Older copy', service_id, theme_id, unit, polarity, frequency, aggregation,
                    target_kind, target, rag_scheme, 1 from measure where year_id = :y and code = 'BCI'""")
                .param("y", id).update();

        imports.importMeasures(year, csv(FRAMEWORK + "bci,Older copy" + PLACE + "70,,,NONE\n"));
        assertThat(measures.find(id, "bci").orElseThrow().definition().target().value()).isEqualByComparingTo("70");
        assertThat(measures.find(id, "BCI").orElseThrow().definition().target().value()).isEqualByComparingTo("80");

        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> imports.importMeasures(year, csv(FRAMEWORK + "Bci,Benefit claims" + PLACE + "90,,,NONE\n")));
        assertThat(refused).isNotNull();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("code");
            assertThat(e.message()).contains("BCI").contains("bci");
        });
        assertThat(measures.forYear(id)).hasSize(2);
    }

    /**
     * `KI  433` (two spaces) or `KI 433` with a non-breaking space reads as KI 433 but would be a second measure beside
     * it: refused, saying how to write it. A code a year already holds so (stored before this was refused) is still
     * its own. Year 2666-67.
     */
    @Test
    void aCodeWithIrregularSpacesIsRefusedUnlessTheYearHoldsItSo() {
        String year = "2666-67";
        imports.importMeasures(year, csv(FRAMEWORK + "KI 433,Household waste recycled" + PLACE + "50,,,NONE\n"
                + "KI 434,Waste reused" + PLACE + "50,,,NONE\n"));
        long id = years.find(year).orElseThrow().id();
        assertThatThrownBy(() -> imports.importMeasures(year, csv(FRAMEWORK + "KI  433,Household waste recycled"
                + PLACE + "50,,,NONE\nKI\u00A0435,New one" + PLACE + "50,,,NONE\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::row, ImportError::message).containsExactly(
                                tuple(2, "The code KI  433 has spaces other than single ordinary ones (two together,"
                                        + " a tab or a non-breaking space): write it as KI 433"),
                                tuple(3, "The code KI\u00A0435 has spaces other than single ordinary ones (two"
                                        + " together, a tab or a non-breaking space): write it as KI 435")));
        assertThat(measures.forYear(id)).hasSize(2);

        jdbc.sql("update measure set code = 'KI  434' where year_id = :y and code = 'KI 434'").param("y", id).update();
        imports.importMeasures(year, csv(FRAMEWORK + "KI  434,Waste reused" + PLACE + "55,,,NONE\n"));
        assertThat(measures.find(id, "KI  434").orElseThrow().definition().target().value())
                .isEqualByComparingTo(new BigDecimal("55"));
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "codes.csv");
    }
}
