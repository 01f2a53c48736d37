package uk.quarterlyreturns.report;

import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;

/**
 * The one name a version's PDF and spreadsheet go by wherever they are downloaded (the reports and approval pages,
 * the API, the audit pack), so that a downloaded file is found in the audit pack's reports.csv by its name:
 * "kirklees-council-corporate-performance-report-2017-18-q2-v1", then ".pdf" or ".xlsx". The organisation is the
 * one the version was compiled for (its cover's), so the name stays the file's after the council renames itself.
 */
@Component
public class ReportFileNames {

    private static final int ORGANISATION_AT_MOST = 60;

    private final CycleRepository cycles;
    private final ReportVersions versions;

    ReportFileNames(CycleRepository cycles, ReportVersions versions) {
        this.cycles = cycles;
        this.versions = versions;
    }

    /** The version's file name without its extension. */
    public String of(ReportVersion v) {
        Cycle cycle = cycles.find(v.cycleId()).orElseThrow();
        return safe(versions.organisation(v.id())) + "corporate-performance-report-" + cycle.yearLabel() + "-q" + cycle.quarter() + "-v"
                + v.version();
    }

    /**
     * The organisation's name made safe for a file name on any system, with a hyphen after it: letters and digits
     * only, accents dropped ("Ynys Môn" is "ynys-mon"), each run of anything else one hyphen, in lower case; nothing
     * when no letter or digit is left.
     */
    static String safe(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        safe = safe.substring(0, Math.min(safe.length(), ORGANISATION_AT_MOST)).replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "" : safe + "-";
    }
}
