package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A call asked for in a type it does not answer in (Accept: application/xml) is a 406 in the API's one error shape,
 * saying what the address answers. Spring sent it with no body at all, since it would not send JSON to a client whose
 * Accept left JSON out. As Spring does with its own problem details, the error is sent as JSON all the same: a body
 * the client may not have asked for says more than none.
 */
@Component
class NotAcceptableAnswer implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;

    NotAcceptableAnswer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!(e instanceof HttpMediaTypeNotAcceptableException) || !request.getRequestURI().startsWith("/api/")
                || response.isCommitted()) {
            return null;
        }
        try {
            ErrorAnswers.write(json, response, HttpStatus.NOT_ACCEPTABLE,
                    SpringRefusals.say(HttpStatus.NOT_ACCEPTABLE, e, request.getMethod()));
        } catch (IOException failed) {
            return null;
        }
        return new ModelAndView();
    }

    /** Before Spring's own resolvers, which would send the 406 bare; after the one recording the error. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
