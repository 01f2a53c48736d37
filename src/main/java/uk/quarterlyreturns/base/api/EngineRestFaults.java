package uk.quarterlyreturns.base.api;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.quarterlyreturns.base.Faults;

/**
 * The engine's REST API answers a failure on the server as our API does: a reference to quote, with the exception's
 * words in the log under it. Camunda would send them to the client, and a process delegate's database error carries
 * its SQL. Camunda's error shape (type, message, code) stays, so its clients, Cockpit among them, still read it;
 * refusals of a request (4xx) keep Camunda's own words.
 *
 * <p>The engine REST has two copies: /engine-rest, and the webapps' own under /camunda/api (engine, cockpit, tasklist,
 * admin), which Cockpit and Tasklist call and which Spring's Jersey configuration does not reach. Jersey finds this
 * class as a service (META-INF/services) and adds the filter to each of its applications.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class EngineRestFaults implements ForcedAutoDiscoverable {

    private static final Logger log = LoggerFactory.getLogger(EngineRestFaults.class);

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(ReferenceForFaults.class)) {
            context.register(new ReferenceForFaults());
        }
    }

    static final class ReferenceForFaults implements ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() >= 500 && response.getEntity() instanceof ExceptionDto fault) {
                String reference = Faults.reference();
                log.error("Engine REST {} {} failed (reference {}): {}: {}", request.getMethod(),
                        request.getUriInfo().getPath(), reference, fault.getType(), fault.getMessage());
                ExceptionDto answer = new ExceptionDto();
                answer.setType(fault.getType());
                answer.setCode(fault.getCode());
                answer.setMessage(ErrorAnswers.faultMessage(reference));
                response.setEntity(answer);
            }
        }
    }
}
