package uk.quarterlyreturns.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL left running on the data directory by an earlier run that was killed, found and stopped. */
final class OrphanedPostmaster {

    // Logged under the embedded database's name, where operators already look for its start and stop.
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private OrphanedPostmaster() {
    }

    /** We hold the directory's lock, so a postmaster still running on it was left by a killed run. */
    static void stop(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = postmaster(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("PostgreSQL (pid {}) left running by an earlier run that was killed; stopping it", process.pid());
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedDatabaseException("A PostgreSQL process (pid " + process.pid() + ") left by an earlier"
                    + " run still holds " + dataDirectory.toAbsolutePath() + " and did not stop within "
                    + ORPHAN_STOP_WAIT.toSeconds() + " s. Stop it by hand, then start again.");
        }
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
