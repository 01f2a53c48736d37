package uk.quarterlyreturns.framework;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/** The year's framework in the import format, so that exporting and importing again changes nothing. */
@Service
public class FrameworkExport {

    private final MeasureRepository measures;

    FrameworkExport(MeasureRepository measures) {
        this.measures = measures;
    }

    public byte[] csv(ReportingYear year) {
        return FrameworkFileWriter.csv(rows(year));
    }

    public byte[] xlsx(ReportingYear year) {
        return FrameworkFileWriter.xlsx(rows(year));
    }

    private List<FrameworkRow> rows(ReportingYear year) {
        return measures.forYear(year.id()).stream().map(Measure::definition).toList();
    }
}
