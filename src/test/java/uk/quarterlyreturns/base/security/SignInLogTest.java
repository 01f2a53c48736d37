package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * Signing in, wrongly and rightly, by form and by HTTP Basic, leaves no password or Authorization header
 * in the log, even with Spring Security and Spring MVC logging everything they can.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInLogTest extends ApplicationTest {

    private static final String USER = "log.reader";
    private static final String RIGHT = "Log-Right-Pa55-8301";
    private static final String WRONG = "Log-Wrong-Pa55-2267";
    private static final Map<String, LogLevel> CHATTY = Map.of("org.springframework.security", LogLevel.TRACE,
            "org.springframework.web", LogLevel.TRACE, "uk.quarterlyreturns", LogLevel.TRACE);

    @Autowired
    private PeopleService people;
    @Autowired
    private SignInAttempts attempts;
    @Autowired
    private LoggingSystem logging;

    private final Map<String, LogLevel> before = new HashMap<>();

    @BeforeEach
    void logEverything() {
        if (people.find(USER).isEmpty()) {
            people.create(new Person(USER, "Log Test", "log.reader@test.invalid", EnumSet.of(Role.READER),
                    null, null, true, false, false), RIGHT);
        }
        CHATTY.forEach((logger, level) -> {
            LoggerConfiguration configured = logging.getLoggerConfiguration(logger);
            before.put(logger, configured == null ? null : configured.getConfiguredLevel());
            logging.setLogLevel(logger, level);
        });
    }

    @AfterEach
    void backToUsual() {
        before.forEach((logger, level) -> logging.setLogLevel(logger, level));
        attempts.succeeded(USER);
    }

    @Test
    void noPasswordOrBasicHeaderReachesTheLog(CapturedOutput output) {
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(USER, WRONG))).isFalse();
        assertThat(new Api(url(""), USER, WRONG).get("/api/years/1999-00/framework").getStatusCode().value())
                .isEqualTo(401);
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(USER, RIGHT))).isTrue();
        assertThat(new Api(url(""), USER, RIGHT).get("/api/years/1999-00/framework").getStatusCode().value())
                .isEqualTo(403);

        assertThat(output.getAll()).as("the failures are logged, by username").contains("Sign-in failed for " + USER);
        for (String secret : new String[] {RIGHT, WRONG, basic(RIGHT), basic(WRONG)}) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }

    private static String basic(String password) {
        return Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
