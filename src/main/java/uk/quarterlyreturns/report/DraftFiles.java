package uk.quarterlyreturns.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The folder where drafts' PDFs wait to be downloaded: one file each, readable by the application's user alone,
 * deleted when the page that showed the draft goes. A file left by a page that never said it went (a server stopped
 * meanwhile) is swept once it is a day old, when the next draft is written.
 */
@Component
class DraftFiles {

    static final Duration KEPT_AT_MOST = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(DraftFiles.class);

    private final Path folder;

    DraftFiles() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "quarterly-report-drafts"));
    }

    DraftFiles(Path folder) {
        this.folder = folder;
    }

    /** The bytes in a new file of the folder, after any day-old files are swept out. */
    Path write(byte[] pdf) {
        try {
            Files.createDirectories(folder);
            sweep();
            // createTempFile gives the owner alone read and write, where the file system has permissions
            Path file = Files.createTempFile(folder, "draft-", ".pdf");
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The draft's PDF could not be written to " + folder, e);
        }
    }

    /** Deletes files older than {@link #KEPT_AT_MOST}; one that cannot be deleted is left for the next sweep. */
    void sweep() throws IOException {
        // the file system's clock, not the application's (which a demo may set elsewhere in time)
        Instant before = Instant.now().minus(KEPT_AT_MOST);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith("draft-")).forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    LOG.warn("A day-old draft PDF could not be deleted: {}", f, e);
                }
            });
        }
    }
}
