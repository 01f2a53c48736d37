package uk.quarterlyreturns.report;

import java.util.List;

/**
 * How the quarter's returns came in.
 *
 * @param daysTo95 days from quarter end until 95% of returns were in, or null when 95% was never reached
 */
public record ComplianceFacts(int returnsDue, int inOnTime, int inLate, int missing, Integer daysTo95,
                              List<ServiceCompliance> services) {

    public ComplianceFacts {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
