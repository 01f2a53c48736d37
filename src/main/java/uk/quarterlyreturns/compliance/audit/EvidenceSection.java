package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.calendar.LondonTime;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;

/**
 * The evidence behind the quarter's figures, each file read from the database only as it is written, so that the
 * pack of a quarter with hundreds of megabytes of evidence holds one file in memory at a time. Files removed from a
 * return are in it too, in a folder of their own and marked removed: one removed after publication may be the file
 * behind the figure Cabinet was given.
 */
@Component
@Order(3)
class EvidenceSection implements AuditPackSection {

    static final List<String> COLUMNS = List.of("service", "measure code", "file name", "path in pack", "size",
            "sha256", "uploaded by", "uploaded at", "removed by", "removed at");

    private final Evidence evidence;

    EvidenceSection(Evidence evidence) {
        this.evidence = evidence;
    }

    @Override
    public String described() {
        return """
                evidence/<service>/<measure code>/<file name>: every evidence file kept behind the quarter's figures,
                  as uploaded (names made safe for a ZIP: no folders climbed, a name given twice numbered).
                evidence-removed/<service>/<measure code>/<file name>: every file removed from a return's evidence
                  since it was uploaded (before or after the quarter was published), as uploaded, named the same way,
                  under the service whose return it was removed from, even if its measure has moved since.
                evidence.csv: each of them: service, measure, its name as uploaded, its path here, its size, the
                  SHA-256 kept when it was uploaded (the manifest's is of the file as written here: the two
                  agree unless the file changed after it was uploaded), who uploaded it and when, and for a removed
                  file who removed it and when (empty for a file still kept; times London time, with the offset).""";
    }

    @Override
    public void write(Cycle cycle, String user, PackEntries pack) throws IOException {
        PackPaths paths = new PackPaths();
        List<List<Object>> rows = new ArrayList<>();
        for (Evidence.InQuarter kept : evidence.inCycle(cycle.id())) {
            EvidenceFile f = kept.file();
            Optional<byte[]> content = evidence.contentForAudit(f.id()); // one file's bytes, dropped once written
            if (content.isEmpty()) {
                continue; // read in the pack's one moment, the list and the bytes agree; outside one, gone meanwhile
            }
            Evidence.Removal removal = kept.removal();
            String path = paths.unique((removal == null ? "evidence/" : "evidence-removed/")
                    + PackPaths.segment(kept.service()) + "/" + PackPaths.segment(kept.measureCode()),
                    PackPaths.segment(f.fileName()));
            pack.add(path, content.get());
            rows.add(List.of(kept.service(), kept.measureCode(), f.fileName(), path, f.size(), f.sha256(),
                    f.uploadedBy(), LondonTime.EXPORTED.format(f.uploadedAt()), removal == null ? "" : removal.by(),
                    removal == null ? "" : LondonTime.EXPORTED.format(removal.at())));
        }
        pack.add("evidence.csv", TabularWriter.csv(COLUMNS, rows));
    }
}
