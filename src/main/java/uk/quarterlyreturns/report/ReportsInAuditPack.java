package uk.quarterlyreturns.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.compliance.audit.AuditPackSection;
import uk.quarterlyreturns.compliance.audit.PackEntries;
import uk.quarterlyreturns.cycle.Cycle;

/**
 * The report Cabinet was given, and every version before it, in a quarter's audit pack: each version's PDF and
 * spreadsheet as stored, one version's files at a time, with their hashes, and for an approved version the hashes of
 * the files the chief executive approved (publication printed them again, naming who approved it and when); and each
 * time the chief executive returned it, with their comments.
 */
@Component
@Order(4)
class ReportsInAuditPack implements AuditPackSection {

    static final List<String> COLUMNS = List.of("version", "status", "compiled at", "approved by", "approved at",
            "change note", "pdf", "pdf sha256", "pdf sha256 as approved", "xlsx", "xlsx sha256",
            "xlsx sha256 as approved");
    static final List<String> RETURN_COLUMNS = List.of("version", "returned by", "returned at", "comments");
    /**
     * Written for a version the chief executive returned and nobody has compiled again or approved since: it is
     * stored as awaiting approval (a return keeps the version open for its revision), which it no longer is.
     */
    static final String RETURNED = "RETURNED";

    private final ReportVersions versions;
    private final ReportFileNames names;

    ReportsInAuditPack(ReportVersions versions, ReportFileNames names) {
        this.versions = versions;
        this.names = names;
    }

    @Override
    public String described() {
        return """
                reports/: each compiled version of the quarter's report, PDF and spreadsheet, as stored: an
                  approved version's as published, printed again with who approved it and when.
                reports.csv: each version: its status (AWAITING_APPROVAL; RETURNED: returned by the chief
                  executive and not compiled again since; APPROVED), when it was compiled, who approved it and
                  when, its change note, its files with the SHA-256 of each as stored, and for an approved
                  version the SHA-256 of each file as the chief executive approved it, kept with the decision.
                report-returns.csv: each time the chief executive returned the report, oldest first: the version,
                  who returned it, when, and their comments.""";
    }

    @Override
    public void write(Cycle cycle, String user, PackEntries pack) throws IOException {
        List<ReportVersions.Returned> returned = versions.returns(cycle.id());
        List<List<Object>> rows = new ArrayList<>();
        for (ReportVersion v : versions.forCycle(cycle.id())) {
            String name = "reports/" + names.of(v);
            pack.add(name + ".pdf", versions.pdf(v.id()));
            pack.add(name + ".xlsx", versions.xlsx(v.id()));
            boolean approved = v.status() == ReportStatus.APPROVED;
            ReportVersion.DecidedCopy read = v.decided();
            rows.add(Arrays.asList(v.version(), status(v, returned), LondonTime.EXPORTED.format(v.compiledAt()),
                    approved ? v.decidedBy() : null, approved ? LondonTime.EXPORTED.format(v.decidedAt()) : null,
                    v.changeNote(), name + ".pdf", v.pdfSha256(), approved ? read.pdfSha256() : null,
                    name + ".xlsx", v.xlsxSha256(), approved ? read.xlsxSha256() : null));
        }
        pack.add("reports.csv", TabularWriter.csv(COLUMNS, rows));
        pack.add("report-returns.csv", TabularWriter.csv(RETURN_COLUMNS, returned.stream()
                .map(r -> Arrays.<Object>asList(r.version(), r.by(), LondonTime.EXPORTED.format(r.at()), r.comment()))
                .toList()));
    }

    /** The version's status as stored, or {@link #RETURNED} while the chief executive's return is its decision. */
    private static String status(ReportVersion v, List<ReportVersions.Returned> returned) {
        boolean standsReturned = v.status() != ReportStatus.APPROVED && v.decidedAt() != null && returned.stream()
                .anyMatch(r -> r.version() == v.version() && r.at().equals(v.decidedAt()));
        return standsReturned ? RETURNED : v.status().name();
    }
}
