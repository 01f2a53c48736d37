package uk.quarterlyreturns.base;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;

/**
 * A start stopped by a setting's value says so in one line, naming the environment variable and what it may be,
 * instead of a page of stack trace: our own checks ({@link SettingException}), a value of the wrong kind, and a
 * trusted proxies pattern that is no regular expression. Spring Boot prints it as the failure's description.
 */
class SettingFailures extends StartFailures {

    static final String ACTION = "Correct the setting (the environment variable named above) and start again.";
    private static final String PROXIES = "server.tomcat.remoteip.internal-proxies";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    SettingFailures(Environment environment) {
        super(ACTION, environment);
    }

    @Override
    protected String describe(Throwable cause) {
        if (cause instanceof SettingException setting) {
            return setting.getMessage();
        }
        if (cause instanceof BindException bind && bind.getProperty() != null
                && !(bind.getCause() instanceof SettingException)) {
            String property = bind.getProperty().getName().toString();
            Object value = environment == null ? bind.getProperty().getValue() : environment.getProperty(property);
            return variable(property) + " must be " + allowed(bind.getTarget().getType().resolve(Object.class))
                    + " (it is '" + value + "')";
        }
        if (cause instanceof PatternSyntaxException pattern && environment != null
                && pattern.getPattern().equals(environment.getProperty(PROXIES))) {
            return "QUARTERLY_TRUSTED_PROXIES must be a regular expression of the proxies' addresses, such as"
                    + " 10\\.0\\.0\\.5|10\\.0\\.0\\.6 (it is '" + pattern.getPattern() + "': "
                    + pattern.getDescription() + ")";
        }
        return null;
    }

    private static String allowed(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "a number";
        }
        return "a value of the kind " + type.getSimpleName();
    }

    /** The environment variable application.yml reads the property from, else the property's own name. */
    private String variable(String property) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (var source : configurable.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> enumerable && enumerable.containsProperty(property)) {
                    Matcher placeholder = VARIABLE.matcher(String.valueOf(enumerable.getProperty(property)));
                    if (placeholder.find()) {
                        return placeholder.group(1);
                    }
                }
            }
        }
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
