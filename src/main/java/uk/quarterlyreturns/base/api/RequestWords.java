package uk.quarterlyreturns.base.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;

/**
 * Spring's refusals of a request (a parameter left out or of the wrong kind, a body in a type the call does not take),
 * in the caller's words: the parameter and what it takes. Spring's own text names Java types ("for method parameter
 * type String"), which tell a performance officer's script nothing.
 */
public final class RequestWords {

    /** A Java class's full name, such as {@code uk.quarterlyreturns.framework.Unit}: never for the caller. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:java|javax|jakarta|org|com|uk|io|net)"
            + "(?:\\.[a-z_][\\w$]*)+\\.[A-Z][\\w$]*");

    private RequestWords() {
    }

    /** A required parameter left out: its name, what it takes (the call's own description of it, when it has one). */
    public static String missing(String name, Class<?> type, MethodParameter parameter) {
        return name + " is missing: " + takes(name, type, parameter) + " (add ?" + name + "=… to the address)";
    }

    /** A parameter (of the address or the path) whose value is not of its kind. */
    public static String wrongKind(String name, Object value, Class<?> type, MethodParameter parameter) {
        return name + " is " + takes(name, type, parameter) + ", not '" + value + "'";
    }

    /** A body sent in a type the call does not read. */
    public static String unsupported(List<MediaType> taken) {
        boolean files = taken.stream().anyMatch(t -> t.includes(MediaType.parseMediaType(MediaTypes.CSV)));
        return files ? "Send the file as text/csv or as an .xlsx workbook (" + MediaTypes.XLSX + ")"
                : "Send the body as JSON, with Content-Type: application/json";
    }

    /** Whether a message would show the caller one of our classes' or a library's names. */
    public static boolean namesAClass(String message) {
        return message == null || CLASS_NAME.matcher(message).find();
    }

    private static String takes(String name, Class<?> type, MethodParameter parameter) {
        Parameter described = parameter == null ? null : parameter.getParameterAnnotation(Parameter.class);
        if (described != null && !described.description().isBlank()) {
            return described.description();
        }
        if ("quarter".equals(name)) {
            return "1, 2, 3 or 4";
        }
        return JsonProblems.expected(type);
    }
}
