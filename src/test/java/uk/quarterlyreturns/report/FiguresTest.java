package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.framework.Unit;
import uk.quarterlyreturns.framework.ui.FigureText;

class FiguresTest {

    @Test
    void figuresHaveThousandsSeparatorsTheMeasuresDecimalsAndTheirUnit() {
        assertThat(Figures.value(new BigDecimal("12107"), Unit.COUNT, 0)).isEqualTo("12,107");
        assertThat(Figures.value(new BigDecimal("57.8"), Unit.PERCENT, 1)).isEqualTo("57.8%");
        assertThat(Figures.value(new BigDecimal("24"), Unit.PERCENT, 1)).isEqualTo("24.0%");
        assertThat(Figures.value(new BigDecimal("0.3"), Unit.GBP, 1)).isEqualTo("£0.3");
        assertThat(Figures.value(new BigDecimal("-1250.5"), Unit.GBP, 2)).isEqualTo("-£1,250.50");
        assertThat(Figures.value(new BigDecimal("90.475"), Unit.PERCENT, 2)).isEqualTo("90.48%");
        assertThat(Figures.value(new BigDecimal("8.5"), Unit.DAYS, 2)).isEqualTo("8.50 days");
        assertThat(Figures.value(new BigDecimal("1234567.891"), Unit.RATE_PER_100K, 1)).isEqualTo("1,234,567.9 per 100k");
    }

    @Test
    void anyOtherUnitIsPrintedAsWrittenAfterTheFigure() {
        assertThat(Figures.value(new BigDecimal("22099"), Unit.of("visits"), 0)).isEqualTo("22,099 visits");
        assertThat(Figures.value(new BigDecimal("69"), Unit.of("SAP rating"), 0)).isEqualTo("69 SAP rating");
        assertThat(Figures.value(new BigDecimal("1.25"), Unit.of("£m"), 1)).isEqualTo("£1.3m");
        assertThat(Figures.value(new BigDecimal("-35"), Unit.of("£k"), 0)).isEqualTo("-£35k");
        assertThat(Figures.target("90", Unit.of("percent"))).isEqualTo("90%");
    }

    @Test
    void aMeasureWithNoDecimalsGivenPrintsItsFiguresAndChartAxisWithoutTrailingZeros() {
        assertThat(Figures.value(new BigDecimal("22099.00"), Unit.of("visits"), null)).isEqualTo("22,099 visits");
        assertThat(Figures.value(new BigDecimal("57.256"), Unit.PERCENT, null)).isEqualTo("57.26%");
        assertThat(Figures.value(new BigDecimal("1200"), Unit.GBP, null)).isEqualTo("£1,200");
        assertThat(Figures.value(new BigDecimal("1700000"), Unit.GBP, null)).isEqualTo("£1.7m");
        assertThat(Figures.axis(new BigDecimal("1283.50"), Unit.of("visits"), null)).isEqualTo("1,283.5");
        assertThat(Figures.outturn(new BigDecimal("65.30"), Unit.PERCENT, null)).isEqualTo("65.3%");
    }

    @Test
    void moneyPrintsInTheScaleCabinetPapersUse() {
        assertThat(Figures.value(new BigDecimal("1700000"), Unit.GBP, 0)).isEqualTo("£1.7m");
        assertThat(Figures.value(new BigDecimal("6500000"), Unit.GBP, 0)).isEqualTo("£6.5m");
        assertThat(Figures.value(new BigDecimal("10000000"), Unit.GBP, 0)).isEqualTo("£10m");
        assertThat(Figures.value(new BigDecimal("300000"), Unit.GBP, 0)).isEqualTo("£0.3m");
        assertThat(Figures.value(new BigDecimal("30000"), Unit.GBP, 0)).isEqualTo("£30k");
        assertThat(Figures.value(new BigDecimal("-2250000"), Unit.GBP, 0)).isEqualTo("-£2.25m");
        assertThat(Figures.target("15000000", Unit.GBP)).isEqualTo("£15m");
    }

    /**
     * £360,000 against a target of £400,000 is Amber at a tolerance of 10%: printed to one place in millions both read
     * "£0.4m", and Cabinet saw an Amber beside a figure on target. To two places they read apart.
     */
    @Test
    void moneyInMillionsKeepsTwoPlacesSoAFigureShortOfItsTargetReadsShort() {
        assertThat(Figures.value(new BigDecimal("360000"), Unit.GBP, 0)).isEqualTo("£0.36m");
        assertThat(Figures.target("400000", Unit.GBP)).isEqualTo("£0.4m");
        assertThat(Figures.value(new BigDecimal("1720000"), Unit.GBP, 0)).isEqualTo("£1.72m");
        assertThat(Figures.value(new BigDecimal("1704000"), Unit.GBP, 0)).isEqualTo("£1.7m");
    }

    /** A sum that rounds to £100k is in millions, as £100,000 itself is: the scale never reads "£100k". */
    @Test
    void moneyIsPrintedInTheScaleItReadsInOnceRounded() {
        assertThat(Figures.value(new BigDecimal("99950"), Unit.GBP, 0)).isEqualTo("£0.1m");
        assertThat(Figures.value(new BigDecimal("100000"), Unit.GBP, 0)).isEqualTo("£0.1m");
        assertThat(Figures.value(new BigDecimal("99499"), Unit.GBP, 0)).isEqualTo("£99k");
        assertThat(Figures.value(new BigDecimal("9999.5"), Unit.GBP, 0)).isEqualTo("£10k");
        assertThat(Figures.value(new BigDecimal("9999.5"), Unit.GBP, 1)).isEqualTo("£9,999.5");
        assertThat(Figures.target("99950", Unit.GBP)).isEqualTo("£0.1m");
    }

    /** £k and £m count pounds too: the rule reads the sum in pounds, whatever the unit it was given in. */
    @Test
    void moneyInThousandsOrMillionsFollowsTheSameRule() {
        assertThat(Figures.value(new BigDecimal("12345"), Unit.of("£k"), 0)).isEqualTo("£12.35m");
        assertThat(Figures.value(new BigDecimal("1700"), Unit.of("£k"), 0)).isEqualTo("£1.7m");
        assertThat(Figures.value(new BigDecimal("45"), Unit.of("£k"), 0)).isEqualTo("£45k");
        assertThat(Figures.value(new BigDecimal("5.5"), Unit.of("£k"), 1)).isEqualTo("£5,500");
        assertThat(Figures.value(new BigDecimal("0.05"), Unit.of("£m"), 2)).isEqualTo("£50k");
        assertThat(Figures.value(new BigDecimal("12.5"), Unit.of("£m"), 1)).isEqualTo("£12.5m");
        assertThat(Figures.target("350", Unit.of("£k"))).isEqualTo("£0.35m");
        assertThat(Figures.axis(new BigDecimal("12345"), Unit.of("£k"), 0)).isEqualTo("£12.35m");
    }

    /** The screens print the report's text for the same figure (FigureText: the return form, the quality check). */
    @Test
    void theScreensPrintMoneyAsTheReportDoes() {
        for (String[] figure : new String[][] {{"1700000", "£", "0"}, {"99950", "£", "0"}, {"30000", "£", ""},
                {"1250.5", "£", "2"}, {"-2250000", "£", "0"}, {"12345", "£k", "0"}, {"0.05", "£m", "2"},
                {"57.256", "%", ""}, {"22099", "visits", "0"}}) {
            BigDecimal value = new BigDecimal(figure[0]);
            Unit unit = Unit.of(figure[1]);
            Integer decimals = figure[2].isEmpty() ? null : Integer.valueOf(figure[2]);
            assertThat(FigureText.of(value, unit, decimals)).as(String.join(" ", figure))
                    .isEqualTo(Figures.value(value, unit, decimals));
        }
        assertThat(FigureText.of(new BigDecimal("1700000"), Unit.GBP, 0)).isEqualTo("£1.7m");
    }

    @Test
    void daysAndRatesAreNamedOnceInTheMeasureColumn() {
        assertThat(Figures.unitNote("Average time to re-let a council home", Unit.DAYS)).isEqualTo(" (days)");
        assertThat(Figures.unitNote("Days taken to process new claims", Unit.DAYS)).isEmpty();
        assertThat(Figures.unitNote("Looked after children (per 10,000) 0-17 years", Unit.RATE_PER_10K)).isEmpty();
        assertThat(Figures.unitNote("Under 18 conceptions", Unit.RATE_PER_100K)).isEqualTo(" (rate per 100,000)");
        assertThat(Figures.unitNote("Hospital admissions for falls", Unit.of("rate per 1,000")))
                .isEqualTo(" (rate per 1,000)");
        assertThat(Figures.unitNote("Hospital admissions per 1,000 people over 65", Unit.of("rate per 1,000")))
                .isEmpty();
        assertThat(Figures.unitNote("Admissions of the over 65s (10,000 expected)", Unit.of("rate per 1000")))
                .isEqualTo(" (rate per 1,000)");
        assertThat(Figures.axis(new BigDecimal("1283"), Unit.COUNT, 0)).isEqualTo("1,283");
    }

    @Test
    void absentOutturnIsADash() {
        assertThat(Figures.outturn(null, Unit.PERCENT, 1)).isEqualTo("-");
    }

    @Test
    void targetsKeepThePrecisionTheyWereSetAtAndWordsStayWords() {
        assertThat(Figures.target("60", Unit.RATE_PER_10K)).isEqualTo("60 per 10k");
        assertThat(Figures.target("99.5", Unit.PERCENT)).isEqualTo("99.5%");
        assertThat(Figures.target("13089", Unit.COUNT)).isEqualTo("13,089");
        assertThat(Figures.target("10", Unit.GBP)).isEqualTo("£10");
        assertThat(Figures.target("100.00", Unit.PERCENT)).isEqualTo("100%");
        assertThat(Figures.target("No target", Unit.COUNT)).isEqualTo("No target");
        assertThat(Figures.target("TBA", Unit.NUMBER)).isEqualTo("TBA");
        assertThat(Figures.target(null, Unit.NUMBER)).isEqualTo("No target");
    }

    @Test
    void measureColumnPutsTheSourceTagInBracketsBeforeTheTitle() {
        assertThat(Figures.tagged("KI 433", "Increase jobs")).isEqualTo("(KI 433) Increase jobs");
        assertThat(Figures.tagged(null, "Increase jobs")).isEqualTo("Increase jobs");
        assertThat(Figures.tagged(" ", "Increase jobs")).isEqualTo("Increase jobs");
    }

    @Test
    void aFigureNotAvailablePrintsItsReasonInsteadOfMissing() {
        MeasureLine missing = repairs().targetText("100")
                .quarterValues(java.util.Arrays.asList(new BigDecimal("90"), null, null, null))
                .rag(uk.quarterlyreturns.framework.Rag.MISSING).build();
        MeasureLine notAvailable = missing.toBuilder().notAvailableReason("The repairs system is being replaced")
                .build();

        assertThat(QuarterCells.quarterCells(missing, 2)).containsExactly("90", "Missing", "", "");
        assertThat(QuarterCells.quarterCells(notAvailable, 2))
                .containsExactly("90", "Not available: The repairs system is being replaced", "", "");
    }

    /** A cumulative measure's target to date is printed as precisely as it was judged, and only when it helps. */
    @Test
    void aTargetToDateIsPrintedBesideTheAnnualTarget() {
        assertThat(Figures.targetToDate(landfill("13089", new BigDecimal("6544.5"))))
                .isEqualTo(" (year to date: 6,544.5)");
        assertThat(Figures.targetToDate(landfill("13089", new BigDecimal("13089")))).as("Q4: the annual target")
                .isEmpty();
        assertThat(Figures.targetToDate(landfill("No target", null))).isEmpty();
    }

    @Test
    void aRateGivenAsACountPrintsItsNumeratorAndDenominatorBesideTheReportedQuarter() {
        MeasureLine visits = MeasureLine.builder().code("4.07.04").title("IRO visits held within timescale")
                .directorate("D").service("S").theme("T").unit(Unit.PERCENT).decimals(1).targetText("60")
                .quarterValues(java.util.List.of(new BigDecimal("55"), new BigDecimal("57.2")))
                .rag(uk.quarterlyreturns.framework.Rag.AMBER).ratio("380/664").build();

        assertThat(QuarterCells.quarterCells(visits, 2)).as("only the reported quarter's ratio is known")
                .containsExactly("55.0%", "57.2% (380/664)", "", "");
    }

    private static MeasureLine landfill(String target, BigDecimal toDate) {
        return MeasureLine.builder().code("1.8").source("KI 532").title("Landfill rate").directorate("D").service("S")
                .theme("T").unit(Unit.COUNT).decimals(0).cumulative(true).targetText(target)
                .rag(uk.quarterlyreturns.framework.Rag.AMBER).targetToDate(toDate).build();
    }

    @Test
    void aStoredLineReadsBackWithItsReason() throws Exception {
        MeasureLine line = repairs().targetText("100").rag(uk.quarterlyreturns.framework.Rag.MISSING)
                .notAvailableReason("Not collected").build();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        assertThat(json.readValue(json.writeValueAsString(line), MeasureLine.class)).isEqualTo(line);
    }

    private static MeasureLineBuilder repairs() {
        return MeasureLine.builder().code("1.1").title("Repairs").directorate("D").service("S").theme("T")
                .unit(Unit.COUNT).decimals(0);
    }
}
