package uk.quarterlyreturns.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * The services, directorates and themes one framework file names, each placed or found once for the whole
 * file: a file of thousands of measures names a few hundred services, so a row costs no look-up of its own.
 * Placing the same service the same way twice changes nothing, so placing it once gives the same structure.
 */
final class FilePlacements {

    private record Placing(String directorate, String service, String serviceCode) { }

    /** A service's id, or why it could not be placed. */
    private record Placed(Long serviceId, String refusal) { }

    private final ReportingYear year;
    private final YearStructure structure;
    private final Organisation organisation;
    private final Map<String, String> placedIn = new HashMap<>();
    private final Map<Placing, Placed> placed = new HashMap<>();
    private final Map<String, Long> directorates = new HashMap<>();
    private final Map<String, Long> themes = new HashMap<>();

    FilePlacements(ReportingYear year, YearStructure structure, Organisation organisation) {
        this.year = year;
        this.structure = structure;
        this.organisation = organisation;
    }

    /** Places the row's service in its directorate for this year; one file places a service in one directorate. */
    Optional<Long> place(FrameworkRow row, int line, List<ImportError> errors) {
        String earlier = placedIn.putIfAbsent(row.service(), row.directorate());
        if (earlier != null && !earlier.equals(row.directorate())) {
            errors.add(new ImportError(line, "directorate", "Service " + row.service() + " is placed in " + earlier
                    + " on an earlier row: a service sits in one directorate in a year"));
            return Optional.empty();
        }
        Placed found = placed.computeIfAbsent(new Placing(row.directorate(), row.service(), row.serviceCode()),
                this::placeOnce);
        if (found.refusal() != null) {
            errors.add(new ImportError(line, "service_code", found.refusal()));
            return Optional.empty();
        }
        return Optional.of(found.serviceId());
    }

    long theme(String name) {
        return themes.computeIfAbsent(name, organisation::theme);
    }

    private Placed placeOnce(Placing p) {
        long directorateId = directorates.computeIfAbsent(p.directorate(), organisation::directorate);
        try {
            return new Placed(structure.place(year, directorateId, p.service(), p.serviceCode()), null);
        } catch (IllegalArgumentException e) {
            return new Placed(null, e.getMessage());
        }
    }
}
