package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;

/** Download links for one version of a cycle's report (the PDF and the spreadsheet, as stored) and for a draft's PDF. */
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

    /** A download of a file that may be gone by the time it is asked for, such as a draft's: then a 404. */
    static Anchor file(String fileName, String type, String text, Path path) {
        String name = path.toString(); // a path is not serialisable, the handler is
        return anchor(DownloadHandler.fromInputStream(event -> {
            Path file = Path.of(name);
            try {
                long size = Files.size(file);
                return new DownloadResponse(Files.newInputStream(file), fileName, type, size);
            } catch (NoSuchFileException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), text);
    }

    private static Anchor link(String fileName, String type, String text, Supplier<byte[]> bytes) {
        return anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), text);
    }

    /** A link that downloads rather than opens what it leads to. */
    private static Anchor anchor(DownloadHandler download, String text) {
        Anchor anchor = new Anchor(download, text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static String name(Cycle cycle, ReportVersion v) {
        return "corporate-performance-report-" + cycle.yearLabel() + "-q" + cycle.quarter() + "-v" + v.version();
    }
}
