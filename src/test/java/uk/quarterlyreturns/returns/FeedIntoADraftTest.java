package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.ImportResult;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.ValueRepository;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.ReturnScenario;

/** The values feed into Housing's Q2 return while it is a draft (HF-1 a percentage, HF-2 a count). Years 4051-4052. */
class FeedIntoADraftTest extends ApplicationTest {

    @Autowired ApplicationContext context;
    @Autowired FigureImport figures;
    @Autowired ValueRepository values;
    @Autowired ReturnEditing editing;
    @Autowired ReturnTrail trail;

    /**
     * The council's system sends the same file again (a nightly run repeated): nothing changes, so the director's form
     * opened after the first run still saves, the trail has the figure once, and the import says nothing changed. It used to count as a save of the
     * figure, refusing the form's next save as "saved meanwhile" though nothing had changed.
     */
    @Test
    void theSameFileFedTwiceChangesNothingTheSecondTime() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4051);
        String file = "code,value,note,numerator,denominator\nHF-1,,From the repairs system,153,180\nHF-2,60,,,\n";
        assertThat(figures.importValues(scenario.year, 2, csv(file), "perf").changed()).isEqualTo(2);
        long hf2 = scenario.measureId("HF-2");
        int formRead = values.find(hf2, 2).orElseThrow().version();

        ImportResult again = figures.importValues(scenario.year, 2, csv(file), "perf");
        assertThat(again.changed()).as("what the Framework screen and the API say changed").isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        editing.saveMeasure(scenario.housing.id(), hf2, formRead,
                new MeasureEntry(new BigDecimal("60"), "Two large families placed", null, null, null, null),
                "dir.housing");

        assertThat(values.find(hf2, 2).orElseThrow().reasons()).isEqualTo("Two large families placed");
        assertThat(trail.forReturn(scenario.housing.id()))
                .filteredOn(e -> FeedRoute.API.words().equals(e.comment()))
                .extracting(ReturnTrail.Event::kind, ReturnTrail.Event::item)
                .containsExactly(tuple("VALUE", "HF-1"), tuple("NOTE", "HF-1"), tuple("RATIO", "HF-1"),
                        tuple("VALUE", "HF-2"));
    }

    /**
     * A percentage over 100 (given, or worked out from its numerator and denominator) is refused on its row's value,
     * and nothing of the file is stored: it used to land in the return, where the service found only an error.
     */
    @Test
    void aPercentageOver100IsRefusedOnItsRowAndNothingChanges() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 4052);

        assertThatThrownBy(() -> figures.importValues(scenario.year, 2, csv("code,value\nHF-2,55\nHF-1,150\n"),
                "perf")).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::row, ImportError::column, ImportError::message)
                        .containsExactly(tuple(3, "value", "A percentage must be between 0 and 100")));
        assertThatThrownBy(() -> figures.importValues(scenario.year, 2, csv("code,value,numerator,denominator\n"
                + "HF-1,,700,664\n"), "perf")).isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.errors()).extracting(ImportError::row, ImportError::column,
                                ImportError::message).containsExactly(tuple(2, "value",
                                "A percentage must be between 0 and 100 (700 / 664 makes 105.42)")));

        assertThat(values.find(scenario.measureId("HF-1"), 2)).isEmpty();
        assertThat(values.find(scenario.measureId("HF-2"), 2)).as("all or nothing").isEmpty();
    }

    private static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "values.csv");
    }
}
