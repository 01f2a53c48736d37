package uk.quarterlyreturns.base.db;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.springframework.core.env.Environment;
import uk.quarterlyreturns.base.StartFailures;

/**
 * A start stopped by the database says what is wrong in a sentence an IT department can act on, instead of a page
 * of stack trace: the embedded database's refusals, a database refused for what it holds, and an external PostgreSQL
 * that cannot be reached, refuses the sign-in, lacks the database, does not let the user create tables, or holds
 * another application's tables.
 * The password is never printed, nor the address's parameters, where one could be.
 */
class DatabaseFailures extends StartFailures {

    static final String ACTION = "Put the database or its settings right (deploy/README.md, Settings) and start"
            + " again.";

    private static final Pattern UNKNOWN_MIGRATION =
            Pattern.compile("applied migration not resolved locally: ([^\\s,]+?)\\.?(\\s|,|$)");

    DatabaseFailures(Environment environment) {
        super(ACTION, environment);
    }

    @Override
    protected String describe(Throwable cause) {
        if (cause instanceof EmbeddedDatabaseException || cause instanceof DatabaseRefusedException) {
            return cause.getMessage();
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return describe(sql);
        }
        Matcher unknown = UNKNOWN_MIGRATION.matcher(String.valueOf(cause.getMessage()));
        if (cause instanceof FlywayException && unknown.find()) {
            return "The database holds migration " + unknown.group(1) + ", which this version of Quarterly Returns"
                    + " does not have: a newer version has migrated it. Start that version, or restore the backup"
                    + " taken before the upgrade (deploy/README.md, Upgrading)";
        }
        if (cause instanceof FlywayException && String.valueOf(cause.getMessage()).contains("non-empty schema")) {
            return "The database " + database() + " already holds tables that are not Quarterly Returns' (and no"
                    + " record of its migrations): give Quarterly Returns an empty database of its own";
        }
        return null;
    }

    private String describe(SQLException sql) {
        String state = sql.getSQLState();
        String user = setting("spring.datasource.username");
        if (state.equals("28P01") || state.equals("28000")) {
            return "PostgreSQL at " + database() + " refused the sign-in of user '" + user + "': check"
                    + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (" + firstLine(sql) + ")";
        }
        if (state.equals("3D000")) {
            return "There is no database " + database() + ": create it (createdb --owner=" + user + " ...) or"
                    + " correct SPRING_DATASOURCE_URL (" + firstLine(sql) + ")";
        }
        if (state.equals("42501")) {
            return "User '" + user + "' may not create or change the tables of " + database() + ": the application"
                    + " needs a user that owns its database, not a read-only one (" + firstLine(sql) + ")";
        }
        if (state.startsWith("08")) {
            return "PostgreSQL could not be reached at " + database() + ": check SPRING_DATASOURCE_URL, and that"
                    + " the server is running and lets this host connect (" + firstLine(sql) + ")";
        }
        return null;
    }

    /** The datasource's address without its parameters (a password may be written there). */
    private String database() {
        String url = setting("spring.datasource.url");
        if (url.isBlank()) {
            return "the embedded database";
        }
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    private String setting(String name) {
        return environment == null ? "" : environment.getProperty(name, "");
    }

    private static String firstLine(SQLException sql) {
        String message = String.valueOf(sql.getMessage()).strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
