package uk.quarterlyreturns.base;

/**
 * A setting whose value the application cannot run with. Its message is the one line an operator reads at start
 * ({@link SettingFailures}): the environment variable, what it may be, and what it is.
 */
public class SettingException extends IllegalArgumentException {

    public SettingException(String message) {
        super(message);
    }

    /** "SETTING must be ALLOWED (it is 'VALUE')". Never for secrets, whose value must not reach the log. */
    public SettingException(String setting, String allowed, Object value) {
        this(setting + " must be " + allowed + " (it is '" + value + "')");
    }
}
