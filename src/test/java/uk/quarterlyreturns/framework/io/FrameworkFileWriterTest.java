package uk.quarterlyreturns.framework.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.Aggregation;
import uk.quarterlyreturns.framework.Frequency;
import uk.quarterlyreturns.framework.Polarity;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

class FrameworkFileWriterTest {

    private static final List<FrameworkRow> ROWS = List.of(
            new FrameworkRow("1.1", "Children in care, per 10,000", "People", "Children's Services", "Inclusive",
                    Unit.RATE_PER_10K, Polarity.LOWER_IS_BETTER, Frequency.ANNUAL, Aggregation.CUMULATIVE,
                    Target.of(new BigDecimal("60.5")), new BigDecimal("70"), new BigDecimal("10"),
                    RagScheme.TOLERANCE, "Children are \"safe\"\nand well", "KI 433", 2,
                    List.of(new BigDecimal("10"), new BigDecimal("30.25"), new BigDecimal("60"), new BigDecimal("100")),
                    new BigDecimal("-40"), new BigDecimal("0.000001"), 1),
            new FrameworkRow("ERC009", "Budget spent", "Corporate", "Finance", "Resilient", Unit.GBP,
                    Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY, Aggregation.SNAPSHOT, Target.TBA, null, null,
                    RagScheme.FIVE_POINT, null, null, 4, FrameworkRow.DEFAULT_PROFILE, null, null, 0),
            new FrameworkRow("BCI 2", "Complaints", "Corporate", "Customer Services", "Ambitious", Unit.COUNT,
                    Polarity.LOWER_IS_BETTER, Frequency.QUARTERLY, Aggregation.SNAPSHOT, Target.NO_TARGET, null,
                    null, RagScheme.NONE, "Fewer complaints", "BCI", 4, FrameworkRow.DEFAULT_PROFILE,
                    null, null, null));

    @Test
    void aCsvFileReadsBackToEqualRows() {
        byte[] csv = FrameworkFileWriter.csv(ROWS);

        assertThat(FrameworkFileParser.parse(TabularFile.read(csv, "framework.csv"))).isEqualTo(ROWS);
    }

    @Test
    void aWorkbookReadsBackToEqualRows() {
        byte[] xlsx = FrameworkFileWriter.xlsx(ROWS);

        assertThat(FrameworkFileParser.parse(TabularFile.read(xlsx, "framework.xlsx"))).isEqualTo(ROWS);
    }

    @Test
    void everyColumnIsWrittenRequiredThenOptional() {
        String csv = new String(FrameworkFileWriter.csv(ROWS.subList(1, 3)), UTF_8);

        assertThat(FrameworkFileWriter.COLUMNS).hasSize(26);
        assertThat(csv).isEqualTo("code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
                + "target,floor,tolerance_pct,rag_scheme,outcome,source,due_quarter,profile_q1,profile_q2,"
                + "profile_q3,profile_q4,lower_threshold,upper_threshold,decimals,service_code\n"
                + "ERC009,Budget spent,Corporate,Finance,Resilient,£,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,"
                + "TBA,,,FIVE_POINT,,,4,25,50,75,100,,,0,\n"
                + "BCI 2,Complaints,Corporate,Customer Services,Ambitious,count,LOWER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,,,,NONE,Fewer complaints,BCI,4,25,50,75,100,,,,\n");
    }
}
