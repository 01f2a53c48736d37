package uk.quarterlyreturns.report;

/** Where a compiled report is in its sign-off: it goes to Cabinet only once approved. */
public enum ReportStatus {
    DRAFT,
    AWAITING_APPROVAL,
    APPROVED
}
