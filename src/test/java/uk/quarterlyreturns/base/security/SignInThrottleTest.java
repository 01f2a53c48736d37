package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * Five wrong passwords lock a username for fifteen minutes, by form and by HTTP Basic alike. Each test
 * has its own reader, and runs on a clock set twenty minutes back, so that no lock outlives it.
 */
class SignInThrottleTest extends ApplicationTest {

    private static final String PASSWORD = "Throttle-Right-4417";
    // Any call a reader is refused (403) once signed in; 401 means the sign-in itself was refused.
    private static final String PROBE = "/api/years/1999-00/framework";

    @Autowired
    private PeopleService people;
    @Autowired
    private SignInAttempts attempts;

    private Instant start;

    @BeforeEach
    void turnTheClockBack() {
        start = Instant.now().minus(Duration.ofMinutes(20));
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
        for (String name : new String[] {"throttle.form", "throttle.basic", "throttle.both", "throttle.reset"}) {
            attempts.succeeded(name);
        }
    }

    @Test
    void formSignInIsRefusedWithTheUsualErrorForFifteenMinutesAfterFiveFailures() {
        String user = reader("throttle.form");
        WebSession browser = new WebSession(url(""));
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = browser.signIn(user, "wrong-" + i);
            assertThat(WebSession.succeeded(wrong)).isFalse();
        }
        HttpResponse<String> right = browser.signIn(user, PASSWORD);
        assertThat(WebSession.succeeded(right)).as("right password while locked").isFalse();
        assertThat(right.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));

        at(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(WebSession.succeeded(browser.signIn(user, PASSWORD))).as("a second before the end").isFalse();
        at(Duration.ofMinutes(15));
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(user, PASSWORD))).isTrue();
    }

    @Test
    void basicSignInAnswers401WithNoHintAndIsAllowedAgainAfterFifteenMinutes() {
        String user = reader("throttle.basic");
        ResponseEntity<String> wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = new Api(url(""), user, "wrong-" + i).get(PROBE);
            assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> right = new Api(url(""), user, PASSWORD).get(PROBE);
        assertThat(right.getStatusCode().value()).isEqualTo(401);
        assertThat(right.getHeaders().get("WWW-Authenticate")).isEqualTo(wrong.getHeaders().get("WWW-Authenticate"));
        assertThat(withoutTimestamp(right.getBody())).isEqualTo(withoutTimestamp(wrong.getBody()));
        assertThat(right.getBody()).doesNotContainIgnoringCase("lock");

        at(Duration.ofMinutes(14));
        assertThat(new Api(url(""), user, PASSWORD).get(PROBE).getStatusCode().value()).isEqualTo(401);
        at(Duration.ofMinutes(15));
        assertThat(new Api(url(""), user, PASSWORD).get(PROBE).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void failuresByHttpBasicLockTheFormSignInToo() {
        String user = reader("throttle.both");
        for (int i = 0; i < 5; i++) {
            new Api(url(""), user, "wrong-" + i).get(PROBE);
        }
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(user, PASSWORD))).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        String user = reader("throttle.reset");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(new Api(url(""), user, "wrong-" + i).get(PROBE).getStatusCode().value()).isEqualTo(401);
            }
            assertThat(new Api(url(""), user, PASSWORD).get(PROBE).getStatusCode().value())
                    .as("after 4 failures in round " + round).isEqualTo(403);
        }
    }

    private void at(Duration afterStart) {
        ClockUtil.setCurrentTime(Date.from(start.plus(afterStart)));
    }

    private String reader(String username) {
        if (people.find(username).isEmpty()) {
            people.create(new Person(username, "Throttle Test", username + "@test.invalid", EnumSet.of(Role.READER),
                    null, null, true, false, false), PASSWORD);
        }
        return username;
    }

    private static String withoutTimestamp(String json) {
        return json.replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }
}
