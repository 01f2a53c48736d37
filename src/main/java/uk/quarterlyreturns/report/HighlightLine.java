package uk.quarterlyreturns.report;

/**
 * One service's highlight report, as its return gave it; null parts were left empty.
 *
 * @param currentIssues what is going wrong or at risk, and why
 * @param improvements  what has got better
 * @param narrative     the head of service's narrative
 * @param missing       why there is no highlight report to print, in words ("Missing: ..."); null when there is one
 */
public record HighlightLine(String service, String directorate, String currentIssues, String improvements,
                            String narrative, String missing) {

    public HighlightLine(String service, String directorate, String currentIssues, String improvements,
            String narrative) {
        this(service, directorate, currentIssues, improvements, narrative, null);
    }
}
