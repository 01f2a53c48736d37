package uk.quarterlyreturns.base.db;

/**
 * A database the application will not run on for what it holds (under the prod profile, the demo's users). Its
 * message says what is wrong and what to do, and is the one line the start prints ({@link DatabaseFailures}).
 */
public class DatabaseRefusedException extends RuntimeException {

    public DatabaseRefusedException(String message) {
        super(message);
    }
}
