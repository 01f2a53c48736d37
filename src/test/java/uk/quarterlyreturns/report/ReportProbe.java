package uk.quarterlyreturns.report;

import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.report.render.HtmlReportRenderer;
import uk.quarterlyreturns.report.render.PdfReportRenderer;

/** The report's two costly steps, reachable from the benchmark: gathering the model, and rendering the PDF. */
public final class ReportProbe {

    private final ReportInputs inputs;

    public ReportProbe(ApplicationContext context) {
        this.inputs = context.getBean(ReportInputs.class);
    }

    public CompiledReport model(Cycle cycle, ReportingYear year) {
        return ReportCompiler.compile(inputs.gather(cycle, year, 1, null, "", CabinetCover.EMPTY,
                java.time.LocalDate.now()));
    }

    public static byte[] pdf(CompiledReport report) {
        return new PdfReportRenderer().render(new HtmlReportRenderer().render(report));
    }
}
