package uk.quarterlyreturns.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the browser journeys need besides the code: Debian's Chromium and its driver, and Vaadin's production bundle,
 * which the build makes after compiling. A missing one fails each journey class with one line saying how to put it
 * right, not a driver's stack trace or a page that never draws.
 */
final class BrowserPrerequisites {

    static final String INSTALL = "apt-get install chromium chromium-driver";

    private BrowserPrerequisites() {
    }

    static void check(Path chromium, Path driver) {
        boolean bundle = BrowserPrerequisites.class.getResource("/META-INF/VAADIN/webapp/index.html") != null;
        problem(chromium, driver, bundle).ifPresent(line -> {
            throw new Missing(line);
        });
    }

    static Optional<String> problem(Path chromium, Path driver, boolean bundleBuilt) {
        if (!Files.isExecutable(chromium)) {
            return Optional.of("No Chromium at " + chromium + ": " + INSTALL + " (or set CHROMIUM_BIN)");
        }
        if (!Files.isExecutable(driver)) {
            return Optional.of("No chromedriver at " + driver + ": " + INSTALL + " (or set CHROMEDRIVER_BIN)");
        }
        if (!bundleBuilt) {
            return Optional.of("Vaadin's production bundle is not built: run ./mvnw process-test-classes first"
                    + " (./mvnw verify makes it)");
        }
        return Optional.empty();
    }

    /** The one line, without a stack trace that would say nothing more. */
    static final class Missing extends AssertionError {

        Missing(String line) {
            super(line, null);
            setStackTrace(new StackTraceElement[0]);
        }
    }
}
