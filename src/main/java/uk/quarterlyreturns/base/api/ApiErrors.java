package uk.quarterlyreturns.base.api;

import static uk.quarterlyreturns.base.api.ErrorAnswers.body;
import static uk.quarterlyreturns.base.api.ErrorAnswers.single;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.quarterlyreturns.base.Faults;
import uk.quarterlyreturns.base.api.ErrorAnswers.Problem;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFileException;

/**
 * Bad input gets a 4xx with a message a performance officer can act on, in one shape:
 * {"errors":[{"row":N,"column":"...","message":"..."}]}; never a stack trace.
 */
@RestControllerAdvice(basePackages = "uk.quarterlyreturns")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        List<Problem> problems = e.errors().stream()
                .map((ImportError err) -> new Problem(err.row(), err.column(), err.message())).toList();
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), problems);
    }

    @ExceptionHandler(TabularFileException.class)
    ResponseEntity<Map<String, Object>> unreadable(TabularFileException e) {
        return single(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<Map<String, Object>> locked(LockedException e) {
        List<Problem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < e.lockedCodes().size(); i++) {
            problems.add(new Problem(e.rows().get(i), "code", e.lockedCodes().get(i) + " is locked"));
        }
        return body(HttpStatus.CONFLICT, e.getMessage(), problems, Map.of("lockedMeasures", e.lockedCodes()));
    }

    @ExceptionHandler(ConfirmationRequiredException.class)
    ResponseEntity<Map<String, Object>> unconfirmed(ConfirmationRequiredException e) {
        List<Problem> problems = e.effects().stream().map(effect -> new Problem(null, null, effect)).toList();
        return body(HttpStatus.CONFLICT, e.getMessage(), problems, Map.of(e.listName(), e.effects()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        // a library's refusal, such as an enum's valueOf, names its classes: a fault of ours, not an answer
        if (Faults.wrapsAFault(e) || RequestWords.namesAClass(e.getMessage())) {
            return fault(e);
        }
        return single(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A parameter of the wrong kind (a quarter "x"): its name and what it takes, not Spring's Java types. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> wrongKind(MethodArgumentTypeMismatchException e) {
        return single(HttpStatus.BAD_REQUEST, RequestWords.wrongKind(e.getName(), e.getValue(),
                e.getRequiredType(), e.getParameter()));
    }

    /** A required parameter left out (a rollover's from): its name and what it takes. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        MethodParameter parameter = e.getMethodParameter();
        return single(HttpStatus.BAD_REQUEST, RequestWords.missing(e.getParameterName(),
                parameter == null ? String.class : parameter.getParameterType(), parameter));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Map<String, Object>> missingHeader(MissingRequestHeaderException e) {
        return single(HttpStatus.BAD_REQUEST, "Send the " + e.getHeaderName() + " header");
    }

    /** A JSON body that does not read: the field and what it takes, not Jackson's text with our class names. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException e) {
        return single(HttpStatus.BAD_REQUEST, JsonProblems.of(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return single(HttpStatus.UNSUPPORTED_MEDIA_TYPE, RequestWords.unsupported(e.getSupportedMediaTypes()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return single(HttpStatus.FORBIDDEN, "Your role may not do this");
    }

    @ExceptionHandler(uk.quarterlyreturns.base.NotAllowedException.class)
    ResponseEntity<Map<String, Object>> notAllowed(uk.quarterlyreturns.base.NotAllowedException e) {
        return single(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage(), List.of(new Problem(null, null, e.getMessage())),
                e.details());
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<Map<String, Object>> preconditionFailed(PreconditionFailedException e) {
        log.info("Refused: {}", e.getMessage());
        return single(HttpStatus.PRECONDITION_FAILED, e.getMessage());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Map<String, Object>> preconditionRequired(PreconditionRequiredException e) {
        log.info("Refused: {}", e.getMessage());
        return single(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    }

    /**
     * The engine found what the call acts on changed by another transaction at the same moment (a return's notice
     * going out as it is submitted): nothing of the call was saved, and the same call again will do.
     */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Map<String, Object>> atTheSameMoment(OptimisticLockingException e) {
        log.info("Refused, changed at the same moment: {}", e.toString());
        return single(HttpStatus.CONFLICT, Faults.AT_THE_SAME_MOMENT);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
        if (Faults.wrapsAFault(e) || RequestWords.namesAClass(e.getMessage())) {
            return fault(e);
        }
        log.info("Refused: {}", e.getMessage());
        return single(HttpStatus.CONFLICT, e.getMessage());
    }

    /**
     * Anything else is a fault of the server: the client gets a reference to quote, not Spring's bare 500. Spring's own
     * refusals (a wrong method or media type, an unknown address) and Spring Security's (not signed in) go
     * on to Spring, which keeps their status (ApiErrorAttributes words them): rethrowing the same exception hands it
     * back to Spring's resolvers.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()
                || e instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
            throw e;
        }
        return fault(e);
    }

    /** The client gets a reference to quote; the exception goes to the log under it, as on the screens. */
    private static ResponseEntity<Map<String, Object>> fault(Exception e) {
        String reference = Faults.reference();
        log.error("API request failed (reference {})", reference, e);
        return single(HttpStatus.INTERNAL_SERVER_ERROR, ErrorAnswers.faultMessage(reference));
    }
}
