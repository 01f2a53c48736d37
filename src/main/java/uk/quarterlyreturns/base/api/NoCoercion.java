package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * Jackson reads "5" as the number 5, "true" or 1 as true, 1 as an enum's second value, "" as no number or date, 5 or
 * true as the text "5" or "true", and 17000 or [2017,1,1] as a date: a client sending the wrong kind of value believes
 * it sent what it meant. A value read only by such a coercion is refused ({@link Refused}, worded by
 * {@link JsonProblems}); one that would not have been read fails as before.
 */
public final class NoCoercion extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
            JsonDeserializer<?> read) {
        Class<?> type = bean.getBeanClass();
        boolean scalar = (type.isPrimitive() && type != char.class && type != void.class) || type == Boolean.class
                || Number.class.isAssignableFrom(type) || Temporal.class.isAssignableFrom(type)
                || type == String.class;
        return scalar ? new Strict(read) : read;
    }

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription bean, JsonDeserializer<?> read) {
        return new Strict(read);
    }

    /** A value of the wrong kind that Jackson would have read as the right one. */
    public static final class Refused extends InvalidFormatException {

        private final String sent;

        Refused(JsonParser p, String sent, Class<?> type) {
            super(p, "A value of another kind: " + sent, sent, type);
            this.sent = sent;
        }

        /** As the client wrote it: text in its quotes, a number as it is. */
        public String sent() {
            return sent;
        }
    }

    private static final class Strict extends DelegatingDeserializer {

        Strict(JsonDeserializer<?> read) {
            super(read);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> read) {
            return new Strict(read);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (unread(token)) { // an array is read whole only to be shown as it was sent
                String sent = token == JsonToken.START_ARRAY ? shortened(ctxt.readTree(p).toString()) : p.getText();
                p.nextToken(); // a body broken just after, as by a date without its quotes (2017-10-20), is told so
                throw new Refused(p, sent, handledType());
            }
            String sent = sent(p, token);
            Object read = super.deserialize(p, ctxt);
            if (coerced(token, read)) {
                throw new Refused(p, sent, handledType());
            }
            return read;
        }

        /**
         * Text from a number or true/false, or a date from a number (a count of days or seconds) or from an array of
         * its parts: refused before reading, as whatever is read from them is a guess.
         */
        private boolean unread(JsonToken token) {
            Class<?> type = handledType();
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (type == String.class) {
                return number || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            }
            return Temporal.class.isAssignableFrom(type) && (number || token == JsonToken.START_ARRAY);
        }

        private boolean coerced(JsonToken token, Object read) {
            Class<?> type = handledType();
            boolean text = token == JsonToken.VALUE_STRING;
            boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
            if (type == Boolean.class || type == boolean.class) {
                return text || number;
            }
            if (type.isEnum()) {
                return number;
            }
            if (type == String.class) {
                return false; // refused unread
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return text && read == null; // "" or "  "
            }
            return text; // a number
        }

        private static String sent(JsonParser p, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING) {
                return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(shortened(p.getText()))) + "\"";
            }
            return token != null && token.isScalarValue() ? p.getText() : "";
        }

        private static String shortened(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }
}
