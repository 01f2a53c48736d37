package uk.quarterlyreturns.framework;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * The year's framework in the import format, so that exporting and importing again changes nothing; with the quarter
 * each measure added mid-year is reported from, which no import reads.
 */
@Service
public class FrameworkExport {

    private final MeasureRepository measures;

    FrameworkExport(MeasureRepository measures) {
        this.measures = measures;
    }

    public byte[] csv(ReportingYear year) {
        List<Measure> all = measures.forYear(year.id());
        return FrameworkFileWriter.csv(rows(all), reportedFrom(all));
    }

    public byte[] xlsx(ReportingYear year) {
        List<Measure> all = measures.forYear(year.id());
        return FrameworkFileWriter.xlsx(rows(all), reportedFrom(all));
    }

    private static List<FrameworkRow> rows(List<Measure> measures) {
        return measures.stream().map(Measure::definition).toList();
    }

    /** Each measure's first quarter, when added once a quarter's report was published; shown, never imported. */
    private static List<Integer> reportedFrom(List<Measure> measures) {
        return measures.stream().map(Measure::reportedFrom).toList();
    }
}
