package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * A measure retired mid-year: reported until its last quarter, asked for by no return after it, with no outturn owed
 * after it; never retired before a quarter whose accepted return counted a figure for it.
 */
class ReportedUntilTest {

    private static final ReportingYear YEAR = new ReportingYear(1, "2017-18", LocalDate.of(2017, 4, 1),
            BandEdges.DEFAULT);
    private static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme,due_quarter,reported_until\n";

    @Test
    void itsReturnsAfterTheLastQuarterNoLongerAskForIt() {
        FrameworkRow retired = row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,2");
        assertThat(ReportedUntil.reportedIn(retired, 2)).isTrue();
        assertThat(ReportedUntil.reportedIn(retired, 3)).isFalse();
        assertThat(ReportedUntil.quartersAfter(2)).containsExactly(3, 4);
        assertThat(ReportedUntil.quartersAfter(null)).isEmpty();
        Measure measure = new Measure(1, 1, 1, retired);
        assertThat(QuarterFigureRule.isDue(measure, 2)).isTrue();
        assertThat(QuarterFigureRule.isDue(measure, 3)).as("a values file's Q3 figure is refused").isFalse();
        assertThat(QuarterFigureRule.notDue(measure, 3))
                .isEqualTo("R-1 is reported until Q2 only: no return asks for its Q3 figure");
        assertThat(ReportedUntil.reportedIn(row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,"), 4)).isTrue();
    }

    @Test
    void itsOutturnIsItsLastReportedFigureAndNoLaterOneIsOwed() {
        FrameworkRow snapshot = row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,2");
        List<BigDecimal> kept = figures("70", "72", "75", null);
        assertThat(Outturn.of(snapshot, kept)).as("Q3's figure, kept, was never reported").isEqualTo(n("72"));
        assertThat(Outturn.settled(snapshot, figures("70", "72", null, null))).isTrue();
        assertThat(Outturn.settled(snapshot, figures("70", null, null, null))).isFalse();

        FrameworkRow cumulative = row("QUARTERLY,CUMULATIVE,240,,10,TOLERANCE,,2");
        assertThat(Outturn.of(cumulative, kept)).isEqualByComparingTo("142");
        assertThat(Outturn.settled(cumulative, figures("70", "72", null, null))).isTrue();

        FrameworkRow annual = row("ANNUAL,SNAPSHOT,80,,10,TOLERANCE,4,2");
        assertThat(Outturn.of(annual, figures(null, null, null, "90"))).as("retired before its due quarter").isNull();
        assertThat(Outturn.settled(annual, figures(null, null, null, null))).as("none is owed").isFalse();
    }

    @Test
    void itCannotBeRetiredBeforeAQuarterWhoseReturnIsInWithAFigure() {
        Map<Integer, String> held = Map.of(1, "accepted", 2, "signed off", 3, "submitted");
        assertThat(ReportedUntil.refusal("R-1", 1, held, Set.of(), YEAR)).contains("R-1 cannot be reported only until"
                + " Q1: the"
                + " Q2 return (signed off) and the Q3 return (submitted) of 2017/18 hold a figure for it, which would no"
                + " longer be shown. Have them sent back first (or reopened, once accepted, before the quarter's report"
                + " is published), choose Q3 or later, or leave it empty to report it all year.");
        assertThat(ReportedUntil.refusal("R-1", 3, held, Set.of(), YEAR)).isEmpty();
        assertThat(ReportedUntil.refusal("R-1", 2, held, Set.of(3), YEAR)).as("its director signed off \"not"
                + " available\" as much as a figure").contains("R-1 cannot be reported only until Q2: the Q3 return"
                + " (submitted) of 2017/18 holds \"not available\" for it, which would no longer be shown. Have it sent"
                + " back first (or reopened, once accepted, before the quarter's report is published), choose Q3 or"
                + " later, or leave it empty to report it all year.");
        assertThat(ReportedUntil.refusal("R-1", 1, held, Set.of(3), YEAR)).get().asString()
                .contains("hold a figure or \"not available\" for it");
        assertThat(ReportedUntil.refusal("R-1", null, Map.of(4, "accepted"), Set.of(), YEAR)).isEmpty();
    }

    @Test
    void aMeasureAddedOnceAQuarterIsPublishedIsNotDueBeforeItsFirstQuarter() {
        Measure added = new Measure(1, 1, 1, row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,4,"), 2);
        assertThat(QuarterFigureRule.isDue(added, 1)).isFalse();
        assertThat(QuarterFigureRule.isDue(added, 2)).isTrue();
        assertThat(QuarterFigureRule.notDue(added, 1)).isEqualTo("R-1 is reported from Q2 only: it was added once"
                + " the Q1 report was published, and no return asks for its Q1 figure");
        Measure bothEnds = new Measure(1, 1, 1, row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,4,3"), 2);
        assertThat(List.of(1, 2, 3, 4)).filteredOn(q -> QuarterFigureRule.isDue(bothEnds, q)).containsExactly(2, 3);
    }

    @Test
    void theFormSaysWhichReturnsNoLongerAskAndThatWhatTheyHoldIsKept() {
        assertThat(ReportedUntil.consequences("R-1", 2, List.of(3), YEAR))
                .startsWith("The Q3 and Q4 returns of 2017/18 will no longer ask for R-1")
                .contains("Q2 is its last return").contains("not carried into next year's framework")
                .endsWith("What the Q3 return already holds for it is kept but no longer shown or reported: set"
                        + " reported until back to see it again.");
        assertThat(ReportedUntil.consequences("R-1", 3, List.of(), YEAR)).doesNotContain("already hold");
    }

    @Test
    void theFrameworkFileGivesItAnOptionalColumnOfOneToFour() {
        assertThat(row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,").reportedUntil()).isNull();
        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class,
                () -> row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,5"));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("reported_until");
            assertThat(e.message()).isEqualTo("Use the quarter of its last return (leave it empty to report it all"
                    + " year), a whole number from 1 to 4");
        });
        FrameworkRow retired = row("QUARTERLY,SNAPSHOT,80,,10,TOLERANCE,,2");
        assertThat(parse(new String(FrameworkFileWriter.csv(List.of(retired)), StandardCharsets.UTF_8)))
                .as("written and read back").isEqualTo(retired);
        assertThat(new String(FrameworkFileWriter.csv(List.of(retired.withReportedUntil(null))),
                StandardCharsets.UTF_8)).as("a framework without one exports as before")
                .doesNotContain("reported_until");
    }

    private static FrameworkRow row(String rule) {
        return parse(HEADER + "R-1,Repairs on time,Place,Housing,Ambitious,PERCENT,HIGHER_IS_BETTER," + rule + "\n");
    }

    private static FrameworkRow parse(String csv) {
        return FrameworkFileParser.parse(TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "f.csv")).get(0);
    }

    private static List<BigDecimal> figures(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : n(v)).toList();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
