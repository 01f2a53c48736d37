package uk.quarterlyreturns.base.api;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/** The refusals Spring makes before a call is reached, said as the API says its own: what to send instead. */
final class SpringRefusals {

    private SpringRefusals() {
    }

    /** @param refused what Spring threw, or null when a filter refused without one (not signed in) */
    static String say(HttpStatus status, Throwable refused, String method) {
        if (refused instanceof HttpRequestMethodNotSupportedException m && m.getSupportedMethods() != null) {
            return "This address takes " + or(m.getSupportedMethods()) + ", not " + method;
        }
        if (refused instanceof HttpMediaTypeNotSupportedException m) {
            return RequestWords.unsupported(m.getSupportedMediaTypes());
        }
        String[] answers = refused instanceof HttpMediaTypeNotAcceptableException m ? m.getSupportedMediaTypes()
                .stream().filter(MediaType::isConcrete).map(t -> t.getType() + "/" + t.getSubtype())
                .toArray(String[]::new) : new String[0];
        if (answers.length > 0) {
            return "This address answers " + or(answers) + ": ask for " + (answers.length == 1 ? "it" : "one of them")
                    + " in Accept, or leave Accept out";
        }
        return switch (status) {
            case UNAUTHORIZED -> "Sign in: send your username and password with HTTP Basic";
            case METHOD_NOT_ALLOWED -> "This address does not take " + method;
            case UNSUPPORTED_MEDIA_TYPE -> "This call does not take a body of that Content-Type";
            case NOT_ACCEPTABLE -> "This call cannot answer in the type Accept asks for: leave Accept out";
            default -> status.value() + " " + status.getReasonPhrase();
        };
    }

    private static String or(String[] choices) {
        String[] sorted = Arrays.stream(choices).distinct().sorted().toArray(String[]::new);
        return sorted.length == 1 ? sorted[0] : Arrays.stream(sorted, 0, sorted.length - 1)
                .collect(Collectors.joining(", ")) + " or " + sorted[sorted.length - 1];
    }
}
