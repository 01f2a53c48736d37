package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;

/** Download links for one version of a cycle's report: the PDF and the spreadsheet, as stored. */
final class ReportFiles {

    private ReportFiles() {
    }

    static Anchor pdf(ReportVersions versions, Cycle cycle, ReportVersion v) {
        return link(name(cycle, v) + ".pdf", "application/pdf", "PDF, version " + v.version(),
                () -> versions.pdf(v.id()));
    }

    static Anchor xlsx(ReportVersions versions, Cycle cycle, ReportVersion v) {
        return link(name(cycle, v) + ".xlsx", MediaTypes.XLSX, "Spreadsheet, version " + v.version(),
                () -> versions.xlsx(v.id()));
    }

    /** A download of bytes made on demand, such as a draft that is never stored. */
    static Anchor bytes(String fileName, String type, String text, java.util.function.Supplier<byte[]> bytes) {
        return link(fileName, type, text, bytes);
    }

    private static Anchor link(String fileName, String type, String text, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static String name(Cycle cycle, ReportVersion v) {
        return "corporate-performance-report-" + cycle.yearLabel() + "-q" + cycle.quarter() + "-v" + v.version();
    }
}
