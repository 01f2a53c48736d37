package uk.quarterlyreturns.framework.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import uk.quarterlyreturns.framework.Aggregation;
import uk.quarterlyreturns.framework.Frequency;
import uk.quarterlyreturns.framework.Polarity;
import uk.quarterlyreturns.framework.RagScheme;
import uk.quarterlyreturns.framework.Target;
import uk.quarterlyreturns.framework.Unit;

/**
 * One measure as given in a framework file (see the product's interchange formats). Numbers are in
 * their plain form (no trailing zeros after the point), so rows read from equal files are equal.
 *
 * @param floor          the floor standard, or null
 * @param tolerancePct   how far short of target, in percent, is still Amber, or null
 * @param outcome        null when not given
 * @param source         the source tag, e.g. "BCI" or "KI 433", or null
 * @param dueQuarter     the quarter (1-4) an ANNUAL measure is reported in; 4 when not given
 * @param profilePct     percent of the annual target expected by the end of Q1..Q4: always four
 * @param lowerThreshold an activity indicator's expected lower bound, or null
 * @param upperThreshold an activity indicator's expected upper bound, or null
 * @param decimals       the stored precision (0-6), or null for the product default
 * @param serviceCode    the service's stable code across years (for a renamed service), or null
 * @param inArrears      each quarter's return gives the figure for the quarter before (a QUARTERLY measure only)
 * @param reportedUntil  the last quarter (1-4) whose return asks for the measure this year, or null for every quarter
 */
public record FrameworkRow(
        String code,
        String title,
        String directorate,
        String service,
        String theme,
        Unit unit,
        Polarity polarity,
        Frequency frequency,
        Aggregation aggregation,
        Target target,
        BigDecimal floor,
        BigDecimal tolerancePct,
        RagScheme ragScheme,
        String outcome,
        String source,
        int dueQuarter,
        List<BigDecimal> profilePct,
        BigDecimal lowerThreshold,
        BigDecimal upperThreshold,
        Integer decimals,
        String serviceCode,
        boolean inArrears,
        Integer reportedUntil) {

    public static final int DEFAULT_DUE_QUARTER = 4;
    public static final List<BigDecimal> DEFAULT_PROFILE = List.of(
            new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("75"), new BigDecimal("100"));

    /** A row whose service goes by its name alone. */
    public FrameworkRow(String code, String title, String directorate, String service, String theme, Unit unit,
            Polarity polarity, Frequency frequency, Aggregation aggregation, Target target, BigDecimal floor,
            BigDecimal tolerancePct, RagScheme ragScheme, String outcome, String source, int dueQuarter,
            List<BigDecimal> profilePct, BigDecimal lowerThreshold, BigDecimal upperThreshold, Integer decimals) {
        this(code, title, directorate, service, theme, unit, polarity, frequency, aggregation, target, floor,
                tolerancePct, ragScheme, outcome, source, dueQuarter, profilePct, lowerThreshold, upperThreshold,
                decimals, null);
    }

    /** A row of a measure reported in its own quarter. */
    public FrameworkRow(String code, String title, String directorate, String service, String theme, Unit unit,
            Polarity polarity, Frequency frequency, Aggregation aggregation, Target target, BigDecimal floor,
            BigDecimal tolerancePct, RagScheme ragScheme, String outcome, String source, int dueQuarter,
            List<BigDecimal> profilePct, BigDecimal lowerThreshold, BigDecimal upperThreshold, Integer decimals,
            String serviceCode) {
        this(code, title, directorate, service, theme, unit, polarity, frequency, aggregation, target, floor,
                tolerancePct, ragScheme, outcome, source, dueQuarter, profilePct, lowerThreshold, upperThreshold,
                decimals, serviceCode, false);
    }

    /** A row reported in every quarter of its year. */
    public FrameworkRow(String code, String title, String directorate, String service, String theme, Unit unit,
            Polarity polarity, Frequency frequency, Aggregation aggregation, Target target, BigDecimal floor,
            BigDecimal tolerancePct, RagScheme ragScheme, String outcome, String source, int dueQuarter,
            List<BigDecimal> profilePct, BigDecimal lowerThreshold, BigDecimal upperThreshold, Integer decimals,
            String serviceCode, boolean inArrears) {
        this(code, title, directorate, service, theme, unit, polarity, frequency, aggregation, target, floor,
                tolerancePct, ragScheme, outcome, source, dueQuarter, profilePct, lowerThreshold, upperThreshold,
                decimals, serviceCode, inArrears, null);
    }

    /** The same measure in another year, with its target carried or blanked (a rollover). */
    public FrameworkRow withTarget(Target newTarget) {
        return new FrameworkRow(code, title, directorate, service, theme, unit, polarity, frequency, aggregation,
                newTarget, floor, tolerancePct, ragScheme, outcome, source, dueQuarter, profilePct, lowerThreshold,
                upperThreshold, decimals, serviceCode, inArrears, reportedUntil);
    }

    /** The same measure with its service known by this code (null for none). */
    public FrameworkRow withServiceCode(String code) {
        return new FrameworkRow(this.code, title, directorate, service, theme, unit, polarity, frequency, aggregation,
                target, floor, tolerancePct, ragScheme, outcome, source, dueQuarter, profilePct, lowerThreshold,
                upperThreshold, decimals, code, inArrears, reportedUntil);
    }

    /** The same measure reported until this quarter (null: every quarter of the year). */
    public FrameworkRow withReportedUntil(Integer quarter) {
        return new FrameworkRow(code, title, directorate, service, theme, unit, polarity, frequency, aggregation,
                target, floor, tolerancePct, ragScheme, outcome, source, dueQuarter, profilePct, lowerThreshold,
                upperThreshold, decimals, serviceCode, inArrears, quarter);
    }

    public FrameworkRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(directorate, "directorate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ragScheme, "ragScheme");
        profilePct = List.copyOf(profilePct);
        if (profilePct.size() != 4) {
            throw new IllegalArgumentException("a profile has four percentages, got " + profilePct.size());
        }
    }
}
