package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON body, in the caller's words: the field and what it takes. Never Jackson's own text, which
 * names our classes and the parser's line and column.
 */
public final class JsonProblems {

    /** The parser's words for a field given twice in one object (StrictJson). */
    private static final Pattern TWICE = Pattern.compile("Duplicate field '(.*)'");

    private JsonProblems() {
    }

    /** @param e what reading the body threw, or an exception carrying it */
    public static String of(Throwable e) {
        JsonProcessingException json = jsonCause(e);
        if (json == null) {
            return "Send the body as JSON";
        }
        String field = json instanceof JsonMappingException m ? field(m) : "";
        if (json instanceof UnrecognizedPropertyException u) {
            return "'" + field + "' is not a field here: send only " + known(u);
        }
        if (json instanceof NoCoercion.Refused r) {
            return "'" + field + "' takes " + expected(r.getTargetType()) + ", not " + r.sent();
        }
        if (json instanceof MismatchedInputException m) {
            return field.isEmpty() ? "Send the body as one JSON object, in { }"
                    : field + ": expected " + expected(m.getTargetType());
        }
        if (json instanceof JsonMappingException && !field.isEmpty()) {
            return field + ": not a value it takes";
        }
        Matcher twice = TWICE.matcher(String.valueOf(json.getOriginalMessage()));
        if (twice.matches()) {
            return "'" + twice.group(1) + "' is given twice: send each field once";
        }
        return "The body is not valid JSON: check its quotes, commas and brackets";
    }

    /** The fields the object takes, as the caller writes them, in order: Jackson's come in no order of their own. */
    private static String known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? "the fields the README gives"
                : e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** The first JSON fault, unless the body is broken further in: then that, as nothing in it can be trusted. */
    private static JsonProcessingException jsonCause(Throwable e) {
        JsonProcessingException first = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StreamReadException broken) {
                return broken;
            }
            if (first == null && t instanceof JsonProcessingException json) {
                first = json;
            }
        }
        return first;
    }

    /** The field's path as the caller wrote it, such as {@code meetingDate} or {@code items[2].code}. */
    private static String field(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == LocalDate.class) {
            return "a date like 2017-10-20";
        }
        if (type == LocalDateTime.class) {
            return "a date and time like 2017-10-20T17:00";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time like 2017-10-20T17:00:00Z";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text in quotes";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list in [ ]";
        }
        return "an object in { }";
    }
}
