package uk.quarterlyreturns.base.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST (/engine-rest) answers a failure on the server as our API does: a reference to quote, with the
 * exception's words in the log under it. Camunda would send them to the client, and a process delegate's database
 * error carries its SQL. Camunda's error shape (type, message, code) stays, so its clients still read it; refusals
 * of a request (4xx) keep Camunda's own words.
 */
@Configuration
class EngineRestFaults {

    private static final Logger log = LoggerFactory.getLogger(EngineRestFaults.class);

    @Bean
    ResourceConfigCustomizer engineRestFaultsAnsweredWithAReference() {
        return config -> config.register(new ReferenceForFaults());
    }

    static final class ReferenceForFaults implements ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() >= 500 && response.getEntity() instanceof ExceptionDto fault) {
                String reference = ApiErrors.reference();
                log.error("Engine REST {} {} failed (reference {}): {}: {}", request.getMethod(),
                        request.getUriInfo().getPath(), reference, fault.getType(), fault.getMessage());
                ExceptionDto answer = new ExceptionDto();
                answer.setType(fault.getType());
                answer.setCode(fault.getCode());
                answer.setMessage(ApiErrors.faultMessage(reference));
                response.setEntity(answer);
            }
        }
    }
}
