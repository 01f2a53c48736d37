package uk.quarterlyreturns.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded database's passwords, generated on its first start and kept in a file inside its data
 * directory that only the owner may read: the superuser's (for an operator, and to set the database up)
 * and the application's own role's.
 *
 * @param superuserPassword the password of the PostgreSQL superuser {@value #SUPERUSER}
 * @param applicationPassword the password of {@value #APPLICATION_ROLE}, which owns the application's schema
 */
public record DatabaseCredentials(String superuserPassword, String applicationPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String APPLICATION_ROLE = "quarterly";
    static final String FILE = "quarterly-credentials.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The credentials kept with this data directory, or null before its first start. */
    public static DatabaseCredentials read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return new DatabaseCredentials(p.getProperty("superuser.password"), p.getProperty("application.password"));
    }

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(randomPassword(), randomPassword());
    }

    /** Writes the file readable and writable by its owner alone. */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        Properties p = new Properties();
        p.setProperty("superuser", SUPERUSER);
        p.setProperty("superuser.password", superuserPassword);
        p.setProperty("application.role", APPLICATION_ROLE);
        p.setProperty("application.password", applicationPassword);
        try {
            Path temporary = dataDirectory.resolve(FILE + ".new");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                p.store(out, "Passwords of the embedded PostgreSQL: keep this file private");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
