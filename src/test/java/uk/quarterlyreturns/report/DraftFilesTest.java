package uk.quarterlyreturns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts' PDFs: a file each, for the application's user alone, and day-old ones swept when the next is written. */
class DraftFilesTest {

    @TempDir
    Path folder;

    @Test
    void eachDraftIsAFileTheApplicationAloneReads() throws Exception {
        DraftFiles files = new DraftFiles(folder.resolve("drafts"));
        Path one = files.write(new byte[] {1, 2, 3});
        Path two = files.write(new byte[] {4});

        assertThat(one).isNotEqualTo(two).hasParent(folder.resolve("drafts")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(Files.getPosixFilePermissions(one))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void draftsADayOldAreSweptWhenTheNextIsWritten() throws Exception {
        DraftFiles files = new DraftFiles(folder);
        Path old = files.write(new byte[] {1});
        Path recent = files.write(new byte[] {2});
        Path notADraft = Files.writeString(folder.resolve("notes.txt"), "kept");
        Instant dayAndMinuteAgo = Instant.now().minus(DraftFiles.KEPT_AT_MOST).minus(Duration.ofMinutes(1));
        Files.setLastModifiedTime(old, FileTime.from(dayAndMinuteAgo));
        Files.setLastModifiedTime(notADraft, FileTime.from(dayAndMinuteAgo));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofHours(23))));

        Path next = files.write(new byte[] {3});

        assertThat(old).doesNotExist();
        assertThat(Set.of(recent, notADraft, next)).allMatch(Files::exists);
    }
}
