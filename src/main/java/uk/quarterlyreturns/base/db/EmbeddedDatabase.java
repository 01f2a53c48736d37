package uk.quarterlyreturns.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started inside the application, keeping its data in a directory so that it survives
 * restarts. Durable (fsync and synchronous commit on), but for a throw-away one ({@link #throwaway}). Only password
 * sign-ins are accepted; the passwords are generated on the first start and kept in an owner-only file in the data
 * directory, and the application connects as a role of its own that owns its schema but is no superuser. A lock file
 * beside the data directory tells a live instance (refused) from a postgres orphaned by a killed run (stopped, then
 * started again).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;
    private Path deleteOnClose;

    private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres,
            DatabaseCredentials credentials) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /** Starts PostgreSQL on the data directory; port 0 picks a free port. */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * A throw-away database in a directory of its own under {@code parent}, deleted with it once PostgreSQL has
     * stopped. Not durable (no fsync, commits not waited for): nothing in it outlives the run, so a crash has nothing
     * to lose, and each commit no longer waits on the disk.
     */
    public static EmbeddedDatabase throwaway(Path parent, int port) {
        return start(parent.resolve("postgres"), port, false).deletingOnClose(parent);
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory.getParent() == null ? dataDirectory : dataDirectory.getParent());
            FileChannel channel = FileChannel.open(lockFile(dataDirectory),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseException("The database directory " + dataDirectory.toAbsolutePath()
                        + " is in use by another running instance of the application. Stop it first,"
                        + " or set QUARTERLY_DB_DIR to another directory.");
            }
            try {
                OrphanedPostmaster.stop(dataDirectory);
                int chosenPort = DatabasePort.choose(port);
                DatabaseCredentials kept = Files.isDirectory(dataDirectory) ? DatabaseCredentials.read(dataDirectory)
                        : null;
                DatabaseCredentials credentials = kept != null ? kept : DatabaseCredentials.generate();
                EmbeddedPostgres postgres = postgres(dataDirectory, chosenPort, credentials, durable);
                try {
                    if (kept == null) {
                        credentials.write(dataDirectory);
                    }
                    DatabaseHardening.apply(postgres.getPostgresDatabase(), dataDirectory, credentials);
                } catch (RuntimeException e) {
                    postgres.close();
                    throw e;
                }
                log.info("Embedded PostgreSQL started on port {} with its data in {} (passwords in {})", chosenPort,
                        dataDirectory.toAbsolutePath(), DatabaseCredentials.FILE);
                return new EmbeddedDatabase(dataDirectory, channel, lock, postgres, credentials);
            } catch (RuntimeException | IOException e) {
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not prepare the embedded database's directory "
                    + dataDirectory.toAbsolutePath() + " (" + e + "): the user running the application must be"
                    + " allowed to write there, or set QUARTERLY_DB_DIR to a directory it may use.", e);
        }
    }

    private static EmbeddedPostgres postgres(Path dataDirectory, int port, DatabaseCredentials credentials,
            boolean durable) {
        String on = durable ? "on" : "off";
        try {
            return EmbeddedPostgres.builder()
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("fsync", on)
                    .setServerConfig("synchronous_commit", on)
                    .setServerConfig("full_page_writes", on)
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start in "
                    + dataDirectory.toAbsolutePath() + " (" + e.getMessage() + "); PostgreSQL's own lines above say"
                    + " why. The directory must belong to the user running the application, with permissions 0700.",
                    e);
        }
    }

    /** Makes this a throw-away database: the given directory is deleted once PostgreSQL has stopped. */
    public EmbeddedDatabase deletingOnClose(Path directory) {
        this.deleteOnClose = directory;
        return this;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    /** The superuser's connection, for setting up and for operators' checks; the application uses its own role. */
    public DataSource postgresDatabase() {
        return postgres.getPostgresDatabase();
    }

    public DatabaseCredentials credentials() {
        return credentials;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                log.warn("Could not release {}", lockFile(dataDirectory), e);
            }
            if (deleteOnClose != null) {
                deleteQuietly(deleteOnClose);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Temporary database directory {} left behind", root, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    static Path lockFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }
}
