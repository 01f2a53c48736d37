package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the API reads a JSON body: strictly, on every call alike. Jackson's defaults leave out a misspelt field (the
 * client thinks it set something it did not), cut 1.5 to 1, read null as 0 or false, take the last of a field given
 * twice (or fail on it as a fault of ours), leave out whatever follows the object and read "5" as 5, "true" or 1 as
 * true, "" as no number or date, 5 as "5" and [2017,1,1] as a date ({@link NoCoercion}). Only reading is strict:
 * answers are written as before, and the application's own mapper, which reads reports kept as they were compiled,
 * is left as it is. Camunda's engine REST reads with its own mapper and is not touched.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson implements WebMvcConfigurer {

    private final ObjectMapper json;

    StrictJson(ObjectMapper json) {
        this.json = json;
    }

    /** The application's mapper, made strict for reading a request's body. */
    public static ObjectMapper of(ObjectMapper json) {
        ObjectMapper strict = json.copy();
        // A London date and time given with an offset ("...T16:00:00Z", as the answers write instants) is refused:
        // read leniently, the offset was dropped and the time taken as London's, an hour out in summer.
        strict.configOverride(LocalDateTime.class).setFormat(JsonFormat.Value.forLeniency(false));
        return strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .registerModule(new SimpleModule("NoCoercion").setDeserializerModifier(new NoCoercion()));
    }

    /** A body Spring reads for a call (the API's are the only ones) is read strictly, ahead of the usual reader. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter) {
                converters.add(i, new ReadOnly(of(json)));
                return;
            }
        }
    }

    /** Reads only: an answer is written by the usual converter after it. */
    private static final class ReadOnly extends MappingJackson2HttpMessageConverter {

        ReadOnly(ObjectMapper strict) {
            super(strict);
        }

        @Override
        public boolean canWrite(Class<?> clazz, MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
            return false;
        }
    }
}
