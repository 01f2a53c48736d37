package uk.quarterlyreturns.cycle.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import uk.quarterlyreturns.base.api.JsonProblems;
import uk.quarterlyreturns.base.api.NoCoercion;
import uk.quarterlyreturns.base.api.StrictJson;
import uk.quarterlyreturns.base.api.ToTheMinute;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.framework.ReportingYear;

/**
 * What POST .../cycle takes. Dates and times are London wall-clock times ("2031-07-21T17:00") unless they
 * carry an offset ("2031-07-21T16:00:00Z"), as in the dialog. The chase settings left out come from the
 * stored defaults; reminderDays [] means no reminders. A quarter not yet ended opens only with beforeQuarterEnds
 * true, and a deadline already past only with deadlinePassed true, as the dialog asks first.
 */
record OpenCycleJson(String deadline, String compilationDate, List<Integer> reminderDays, String reminderTime,
        Integer graceWorkingDays, Integer secondEscalationWorkingDays,
        @Schema(description = "true to open a quarter that has not ended yet; without it, such a quarter is refused"
                + " (409), being almost always the wrong one") Boolean beforeQuarterEnds,
        @Schema(description = "true to open with a deadline already past; without it, such a deadline is refused"
                + " (409), since every return would be overdue and escalated at once") Boolean deadlinePassed) {

    /** The body, read with the API's strict mapper ({@link StrictJson}); a 400's words for what is wrong with it. */
    static OpenCycleJson read(ObjectMapper strict, String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Send the deadline and compilation date as JSON");
        }
        OpenCycleJson read;
        try {
            read = strict.readValue(body, OpenCycleJson.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("'" + e.getPropertyName() + "' is not a setting of a cycle: send only "
                    + String.join(", ", Arrays.stream(OpenCycleJson.class.getRecordComponents())
                            .map(RecordComponent::getName).toList()));
        } catch (NoCoercion.Refused e) {
            throw new IllegalArgumentException(JsonProblems.of(e));
        } catch (MismatchedInputException e) {
            throw new IllegalArgumentException(mismatch(e));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonProblems.of(e));
        }
        if (read == null) { // the body "null"
            throw new IllegalArgumentException("Send the deadline and compilation date as JSON");
        }
        return read;
    }

    /** What the setting takes, in the caller's words; never Jackson's, which name our classes. */
    private static String mismatch(MismatchedInputException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
        if (field == null) {
            return "Send the settings as one JSON object, such as {\"deadline\": \"2031-07-21T17:00\","
                    + " \"compilationDate\": \"2031-07-31T09:00\"}";
        }
        if (field.equals("reminderDays")) {
            return "reminderDays must be whole numbers of days before the deadline, such as [7, 2]";
        }
        Class<?> type = e.getTargetType();
        if (type == Boolean.class) {
            return field + " must be true or false";
        }
        return field + (type == Integer.class ? " must be a whole number, such as 5"
                : " must be text, such as \"2031-07-21T17:00\" or \"09:00\"");
    }

    boolean opensBeforeQuarterEnds() {
        return Boolean.TRUE.equals(beforeQuarterEnds);
    }

    boolean opensWithDeadlinePassed() {
        return Boolean.TRUE.equals(deadlinePassed);
    }

    Instant deadlineInstant() {
        return instant("deadline", deadline);
    }

    Instant compilationInstant() {
        return instant("compilationDate", compilationDate);
    }

    ChasePolicy policy(ChasePolicy defaults) {
        return new ChasePolicy(reminderDays == null ? defaults.reminderDaysBefore() : reminderDays,
                reminderTime == null ? defaults.reminderTime() : time(reminderTime),
                graceWorkingDays == null ? defaults.graceWorkingDays() : graceWorkingDays,
                secondEscalationWorkingDays == null ? defaults.secondEscalationWorkingDays()
                        : secondEscalationWorkingDays);
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give the deadline and compilation date: " + field + " is missing");
        }
        Instant at;
        try {
            at = text.matches(".*(Z|[+-]\\d\\d:?\\d\\d)$") ? OffsetDateTime.parse(text.strip()).toInstant()
                    : LocalDateTime.parse(text.strip()).atZone(ReportingYear.LONDON).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " '" + text
                    + "' is not a date and time such as 2031-07-21T17:00 (London time)");
        }
        return ToTheMinute.require(field, text, at);
    }

    private static LocalTime time(String text) {
        LocalTime at;
        try {
            at = LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("reminderTime '" + text + "' is not a time of day such as 09:00");
        }
        return ToTheMinute.require("reminderTime", text, at);
    }
}
