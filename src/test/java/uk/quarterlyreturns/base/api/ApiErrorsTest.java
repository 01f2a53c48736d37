package uk.quarterlyreturns.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API answers refusals with their own sentence, but an exception that only carries another (a stored report's
 * JSON that no longer reads, a database error) never reaches the client: it gets a reference to quote instead.
 */
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void aRefusalIsAnsweredWithItsOwnSentence() {
        assertThat(errors.conflict(new IllegalStateException("The return is already submitted")))
                .satisfies(r -> assertThat(r.getStatusCode().value()).isEqualTo(409))
                .extracting(ResponseEntity::getBody).extracting(b -> b.get("message"))
                .isEqualTo("The return is already submitted");
        assertThat(errors.badRequest(new IllegalArgumentException("Not a web address: x", new SQLException("no"))))
                .satisfies(r -> assertThat(r.getStatusCode().value()).isEqualTo(400))
                .extracting(ResponseEntity::getBody).extracting(b -> b.get("message"))
                .isEqualTo("Not a web address: x");
    }

    /** A step that met another change to the same process at the same moment is a conflict to try again. */
    @Test
    void aChangeAtTheSameMomentIsAConflictToTryAgain() {
        assertThat(errors.atTheSameMoment(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE"
                + " ExecutionEntity[42]' failed. Entity was updated by another transaction concurrently.")))
                .satisfies(r -> assertThat(r.getStatusCode().value()).isEqualTo(409))
                .extracting(ResponseEntity::getBody).extracting(b -> b.get("message"))
                .isEqualTo(uk.quarterlyreturns.base.Faults.AT_THE_SAME_MOMENT);
    }

    @Test
    void aWrappedFaultIsAReferenceNotItsText() throws Exception {
        Exception storedReport = catchJson();
        for (ResponseEntity<Map<String, Object>> answer : java.util.List.of(
                errors.conflict(new IllegalStateException(storedReport)),
                errors.conflict(new IllegalStateException(new SQLException(
                        "ERROR: relation \"report_version\" does not exist", "42P01"))),
                errors.badRequest(new IllegalArgumentException(new SQLException("select * from app_user"))))) {
            assertThat(answer.getStatusCode().value()).isEqualTo(500);
            assertThat(String.valueOf(answer.getBody())).doesNotContain("Exception", "report_version", "app_user",
                    "select", "uk.quarterlyreturns", "Source");
            assertThat((String) answer.getBody().get("message")).matches("Something went wrong on the server\\. If it"
                    + " keeps happening, tell the administrator the reference [0-9a-f]{8}");
        }
    }

    /** A library's refusal names its classes (an enum's valueOf): a fault of ours, answered with a reference. */
    @Test
    void aRefusalNamingAClassIsAReferenceNotItsText() {
        for (ResponseEntity<Map<String, Object>> answer : java.util.List.of(
                errors.badRequest(new IllegalArgumentException(
                        "No enum constant uk.quarterlyreturns.framework.Unit.X")),
                errors.badRequest(new IllegalArgumentException()),
                errors.conflict(new IllegalStateException("No primary or single unique constructor found for class"
                        + " java.util.List")))) {
            assertThat(answer.getStatusCode().value()).isEqualTo(500);
            assertThat(String.valueOf(answer.getBody()))
                    .doesNotContain("uk.quarterlyreturns", "java.util", "message=null");
        }
        assertThat(errors.badRequest(new IllegalArgumentException("Not a web address: https://returns.council.org.uk"))
                .getStatusCode().value()).as("a council's address is no class name").isEqualTo(400);
    }

    @Test
    void anUnexpectedFailureIsAReferenceNotSpringsBareAnswer() throws Exception {
        ResponseEntity<Map<String, Object>> answer = errors.unexpected(new NullPointerException(
                "Cannot invoke \"uk.quarterlyreturns.report.CabinetCover.meeting()\" because \"c\" is null"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(String.valueOf(answer.getBody())).doesNotContain("Exception", "uk.quarterlyreturns", "Cannot invoke");
        assertThat((String) answer.getBody().get("message")).matches("Something went wrong on the server\\. If it"
                + " keeps happening, tell the administrator the reference [0-9a-f]{8}");
        assertThat(answer.getBody().get("errors")).asList().hasSize(1);
    }

    /** Handed back to Spring, which answers them with their own status, as before the catch-all. */
    @Test
    void springsOwnRefusalsAreLeftToSpring() {
        for (Exception spring : java.util.List.of(new HttpRequestMethodNotSupportedException("DELETE"),
                new HttpMediaTypeNotAcceptableException(java.util.List.of(MediaType.APPLICATION_JSON)),
                new NoResourceFoundException(HttpMethod.GET, "/api/nothing"),
                new AuthenticationCredentialsNotFoundException("Not signed in"),
                new ResponseStatusException(HttpStatus.NOT_FOUND))) {
            assertThatThrownBy(() -> errors.unexpected(spring)).isSameAs(spring);
        }
    }

    /** What reading a report stored by another version can throw. */
    private static Exception catchJson() {
        try {
            new ObjectMapper().readValue("{\"measures\": [], \"oldField\": 1}", Sample.class);
            throw new AssertionError("read");
        } catch (Exception e) {
            return e;
        }
    }

    record Sample(java.util.List<String> measures) {
    }
}
