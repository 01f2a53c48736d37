package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.report.ReportFileNames;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;

/** Download links for one version of a cycle's report (the PDF and the spreadsheet, as stored) and for a draft's PDF. */
final class ReportFiles {

    private ReportFiles() {
    }

    static Anchor pdf(ReportVersions versions, ReportFileNames names, ReportVersion v) {
        return Downloads.link("PDF, version " + v.version(), names.of(v) + ".pdf", "application/pdf",
                () -> versions.pdf(v.id()));
    }

    static Anchor xlsx(ReportVersions versions, ReportFileNames names, ReportVersion v) {
        return Downloads.link("Spreadsheet, version " + v.version(), names.of(v) + ".xlsx", MediaTypes.XLSX,
                () -> versions.xlsx(v.id()));
    }

    /** A download of a file that may be gone by the time it is asked for, such as a draft's: then a 404. */
    static Anchor file(String fileName, String type, String text, Path path) {
        String name = path.toString(); // a path is not serialisable, the handler is
        return Downloads.link(text, DownloadHandler.fromInputStream(event -> {
            Path file = Path.of(name);
            try {
                long size = Files.size(file);
                return new DownloadResponse(Files.newInputStream(file), fileName, type, size);
            } catch (NoSuchFileException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }));
    }
}
