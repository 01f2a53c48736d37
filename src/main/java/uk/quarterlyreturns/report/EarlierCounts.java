package uk.quarterlyreturns.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagSummary;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;

/** The previous quarter's summary counts, which the executive summary compares this quarter's with. */
@Component
class EarlierCounts {

    private final CycleRepository cycles;
    private final ReportVersions versions;
    private final YearRepository years;
    private final ObjectMapper json;

    EarlierCounts(CycleRepository cycles, ReportVersions versions, YearRepository years, ObjectMapper json) {
        this.cycles = cycles;
        this.versions = versions;
        this.years = years;
        this.json = json;
    }

    /**
     * Quarter 1's are last year's Quarter 4's; a quarter never collected here (a council whose first cycle is a later
     * one) was judged by no report, so has none; otherwise its published counts, or, while none is published, its
     * counts worked out from its figures ({@code rated}, its measures as rated).
     */
    SummaryCounts before(ReportingYear year, int q, Supplier<List<MeasureStatus>> rated, List<KeyAction> keyActions,
            List<KeyActionRepository.Status> statuses) {
        if (q == 1) {
            return lastYearsFourthQuarter(year);
        }
        return cycles.find(year.id(), q - 1).isEmpty() ? null
                : published(year.id(), q - 1).orElseGet(() -> counts(rated.get(), keyActions, statuses, q - 1));
    }

    private static SummaryCounts counts(List<MeasureStatus> measures, List<KeyAction> keyActions,
            List<KeyActionRepository.Status> statuses, int q) {
        List<Rag> rags = new ArrayList<>(measures.stream().map(MeasureStatus::rag).filter(Objects::nonNull).toList());
        keyActions.forEach(a -> rags.add(KeyActionLines.line(a, statuses, q).status()));
        return new SummaryCounts(count(rags, RagSummary.ON_TRACK), count(rags, RagSummary.AT_RISK),
                count(rags, RagSummary.OFF_TRACK), count(rags, RagSummary.MISSING));
    }

    /**
     * The quarter's counts as its report was published (its latest approved version), so that "11% were judged 'at
     * risk' in Quarter 1" quotes what readers were told. Worked out again from the figures, it could differ: a
     * return missing from that report may have come in since, or its figures been typed in since without submitting.
     */
    private Optional<SummaryCounts> published(long yearId, int quarter) {
        return cycles.find(yearId, quarter).flatMap(c -> versions.forCycle(c.id()).stream()
                .filter(v -> v.status() == ReportStatus.APPROVED).reduce((earlier, later) -> later))
                .map(v -> {
                    try {
                        ReportInput in = json.readValue(versions.inputJson(v.id()), ReportInput.class);
                        List<Rag> rags = new ArrayList<>(in.measures().stream().map(MeasureLine::rag).toList());
                        in.actions().forEach(a -> rags.add(a.status()));
                        return SummaryCompiler.count(rags);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /**
     * Quarter 1 compares with Quarter 4 of last year, as its published report printed it (last year's framework,
     * another set of measures, is not rated again here); nothing when that report was never published.
     */
    private SummaryCounts lastYearsFourthQuarter(ReportingYear year) {
        return years.find(year.previousLabel()).flatMap(last -> published(last.id(), 4)).orElse(null);
    }

    private static int count(List<Rag> rags, RagSummary summary) {
        return (int) rags.stream().filter(r -> r.summary() == summary).count();
    }
}
