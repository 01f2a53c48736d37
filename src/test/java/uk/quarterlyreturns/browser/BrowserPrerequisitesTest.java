package uk.quarterlyreturns.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserPrerequisitesTest {

    @TempDir Path dir;

    @Test
    void eachMissingPieceIsNamedWithHowToPutItRight() throws IOException {
        Path chromium = executable("chromium");
        Path driver = executable("chromedriver");
        Path absent = dir.resolve("absent");

        assertThat(BrowserPrerequisites.problem(chromium, driver, true)).isEmpty();
        assertThat(BrowserPrerequisites.problem(absent, driver, true)).hasValue("No Chromium at " + absent + ": "
                + BrowserPrerequisites.INSTALL + " (or set CHROMIUM_BIN)");
        assertThat(BrowserPrerequisites.problem(chromium, absent, true)).hasValue("No chromedriver at " + absent
                + ": " + BrowserPrerequisites.INSTALL + " (or set CHROMEDRIVER_BIN)");
        assertThat(BrowserPrerequisites.problem(chromium, driver, false)).get().asString()
                .contains("production bundle", "./mvnw process-test-classes");
    }

    @Test
    void aFileThatCannotRunIsNoBrowser() throws IOException {
        Path notExecutable = Files.writeString(dir.resolve("chromium"), "");
        assertThat(BrowserPrerequisites.problem(notExecutable, executable("chromedriver"), true)).isPresent();
    }

    @Test
    void theFailureIsOneLine() {
        assertThatThrownBy(() -> BrowserPrerequisites.check(dir.resolve("absent"), dir.resolve("absent")))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("No Chromium at ")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    private Path executable(String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
