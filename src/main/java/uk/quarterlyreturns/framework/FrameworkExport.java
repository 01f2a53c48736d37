package uk.quarterlyreturns.framework;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionFileWriter;
import uk.quarterlyreturns.framework.io.KeyActionRow;

/**
 * The year's framework and its key actions in the import formats, so that exporting and importing again changes
 * nothing; with the quarter each measure added mid-year is reported from, which no import reads.
 */
@Service
public class FrameworkExport {

    private final MeasureRepository measures;
    private final KeyActionRepository actions;

    FrameworkExport(MeasureRepository measures, KeyActionRepository actions) {
        this.measures = measures;
        this.actions = actions;
    }

    public byte[] csv(ReportingYear year) {
        List<Measure> all = measures.forYear(year.id());
        return FrameworkFileWriter.csv(rows(all), reportedFrom(all));
    }

    public byte[] xlsx(ReportingYear year) {
        List<Measure> all = measures.forYear(year.id());
        return FrameworkFileWriter.xlsx(rows(all), reportedFrom(all));
    }

    public byte[] keyActionsCsv(ReportingYear year) {
        return KeyActionFileWriter.csv(keyActions(year));
    }

    public byte[] keyActionsXlsx(ReportingYear year) {
        return KeyActionFileWriter.xlsx(keyActions(year));
    }

    private static List<FrameworkRow> rows(List<Measure> measures) {
        return measures.stream().map(Measure::definition).toList();
    }

    /** Each measure's first quarter, when added once a quarter's report was published; shown, never imported. */
    private static List<Integer> reportedFrom(List<Measure> measures) {
        return measures.stream().map(Measure::reportedFrom).toList();
    }

    private List<KeyActionRow> keyActions(ReportingYear year) {
        return actions.forYear(year.id()).stream().map(KeyAction::definition).toList();
    }
}
