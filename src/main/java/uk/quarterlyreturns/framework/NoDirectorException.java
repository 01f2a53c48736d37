package uk.quarterlyreturns.framework;

import java.util.Map;

/**
 * A change to the framework would issue a return, in a cycle already open, to a service with nobody to sign it off:
 * refused, as opening the cycle is refused for such a service. The import names the rows of each service.
 */
public class NoDirectorException extends RuntimeException {

    private final transient Map<Long, String> byService;

    /** @param byService for each service without a director, by id, why the change is refused */
    public NoDirectorException(Map<Long, String> byService) {
        super(String.join("; ", byService.values()));
        this.byService = Map.copyOf(byService);
    }

    /** Why a change issuing the service's return of the quarter, in the cycle already open, is refused. */
    public static String refusal(String service, int quarter) {
        return service + " has no service director, so nobody could sign off the Q" + quarter + " return this change"
                + " would issue it now, in the cycle already open. Name its director (or a deputy) first, then make"
                + " the change again";
    }

    /** Why the change is refused for this service, or null when the service is not one of them. */
    String reasonFor(long serviceId) {
        return byService.get(serviceId);
    }
}
