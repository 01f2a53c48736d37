package uk.quarterlyreturns.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.AbstractXmlHttpMessageConverter;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API speaks JSON, and the files a download names in its mapping's produces. A YAML converter comes on the class
 * path with another library, and Spring took it up: a call asked for in application/yaml answered YAML, and a YAML
 * body was read round the strict JSON reader (StrictJson). Without it, a body in YAML is a 415; a call asked for in a
 * type it does not answer in is a 406 before it runs (NotAcceptableAnswer), since Spring would find out only when
 * writing the answer, after a call that changes something had changed it.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnly implements WebMvcConfigurer {

    /** What the API's JSON converter writes: application/json, and any application/...+json asked for. */
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON,
            new MediaType("application", "*+json"));

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(JsonOnly::writesAnotherFormat);
    }

    /** Objects written in YAML, XML, CBOR or Smile; the JSON, text, bytes and form converters stay. */
    static boolean writesAnotherFormat(HttpMessageConverter<?> converter) {
        return converter instanceof AbstractXmlHttpMessageConverter
                || converter instanceof AbstractJackson2HttpMessageConverter
                        && !converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_JSON);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptsJson()).addPathPatterns("/api/**");
    }

    /**
     * Refuses, before the call runs, an Accept that leaves out JSON, for a call that declares no types of its own,
     * and a body not in JSON for a call that reads its body as text.
     */
    private static final class AcceptsJson implements HandlerInterceptor {

        private final HeaderContentNegotiationStrategy accept = new HeaderContentNegotiationStrategy();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
            boolean ours = handler instanceof HandlerMethod method
                    && method.getBeanType().getPackageName().startsWith("uk.quarterlyreturns");
            if (ours) {
                requireJsonBody(request, (HandlerMethod) handler);
            }
            // a download's produces was matched against Accept already, by Spring
            if (!ours || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
                return true;
            }
            List<MediaType> asked = accept.resolveMediaTypes(new ServletWebRequest(request));
            if (asked.stream().noneMatch(JsonOnly::json)) {
                throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
            }
            return true;
        }
    }

    /**
     * A call that reads its JSON body as text, to read it strictly itself, takes a body of any Content-Type from
     * Spring: a YAML or XML body was a 400 about its JSON, not the 415 a call with a typed body gives. So it is refused
     * the same way, before the call runs.
     */
    private static void requireJsonBody(HttpServletRequest request, HandlerMethod method)
            throws HttpMediaTypeNotSupportedException {
        String type = request.getContentType();
        boolean readsText = Arrays.stream(method.getMethodParameters()).anyMatch(p ->
                p.hasParameterAnnotation(RequestBody.class) && p.getParameterType() == String.class);
        if (type == null || !readsText) {
            return;
        }
        MediaType sent;
        try {
            sent = MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotSupportedException(unreadable.getMessage(), List.of(MediaType.APPLICATION_JSON));
        }
        if (JSON.stream().noneMatch(sent::isCompatibleWith)) {
            throw new HttpMediaTypeNotSupportedException(sent, List.of(MediaType.APPLICATION_JSON),
                    HttpMethod.valueOf(request.getMethod()));
        }
    }

    private static boolean json(MediaType asked) {
        return asked.getQualityValue() > 0 && JSON.stream().anyMatch(asked::isCompatibleWith);
    }
}
