package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An address under /api that no call answers is a 404 in the API's one error shape. Without this the screens'
 * servlet took it and answered 200 with a page of HTML, so a script with a misspelt address read success. It is
 * asked only after the API's own calls, so a known address called with the wrong method stays a 405.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiAddress {

    @Bean
    SimpleUrlHandlerMapping unknownApiAddresses(ObjectMapper json) {
        HttpRequestHandler answer = (request, response) -> notFound(json, request, response);
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", answer));
        // after the controllers (order 0), before the static resources and the screens (the lowest orders)
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }

    private static void notFound(ObjectMapper json, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String message = "No such address in the API: " + request.getMethod() + " " + request.getRequestURI()
                + ". The README lists the API's calls";
        ErrorAnswers.write(json, response, HttpStatus.NOT_FOUND, message);
    }
}
