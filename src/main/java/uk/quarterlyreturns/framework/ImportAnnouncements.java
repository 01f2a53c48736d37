package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.framework.io.Numbered;

/**
 * What a framework or key actions file changed, told to the returns feature in the import's transaction, and the
 * services it brought in with nobody to sign off their returns, told to whoever imported it.
 */
@Component
class ImportAnnouncements {

    private final Organisation organisation;
    private final YearStructure structure;
    private final YearRepository years;
    private final ApplicationEventPublisher events;

    ImportAnnouncements(Organisation organisation, YearStructure structure, YearRepository years,
            ApplicationEventPublisher events) {
        this.organisation = organisation;
        this.structure = structure;
        this.years = years;
        this.events = events;
    }

    /** The services there are before an import: any other after it the import brought in. */
    Set<Long> servicesBefore() {
        Set<Long> ids = new HashSet<>();
        organisation.services().forEach(s -> ids.add(s.id()));
        return ids;
    }

    /**
     * Tells the returns feature, in this transaction, what changed. A return it may not issue in a cycle already open
     * (its service has nobody to sign it off) refuses the file on the first row of each such service; a return it may
     * not withdraw or issue while its quarter's report is under way refuses the whole file.
     *
     * @param movedFrom           the measures moved to another service, each with the service it left
     * @param keyActionsMovedFrom the key actions moved to another service, each with the service it left
     */
    void announce(ReportingYear year, List<? extends Numbered<?>> rows, List<Long> rowServices,
            Set<Long> existing, Map<Long, Long> movedFrom, Map<Long, Long> keyActionsMovedFrom) {
        Set<Long> created = new HashSet<>(rowServices);
        created.removeAll(existing);
        try {
            events.publishEvent(FrameworkChanged.bySignedIn(year.id(), created, movedFrom, keyActionsMovedFrom));
        } catch (NoDirectorException e) {
            List<ImportError> errors = new ArrayList<>();
            Set<Long> named = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                String reason = e.reasonFor(rowServices.get(i));
                if (reason != null && named.add(rowServices.get(i))) {
                    errors.add(new ImportError(rows.get(i).rowNumber(), "service", reason));
                }
            }
            throw new ImportRejectedException(errors.isEmpty() ? List.of(ImportError.wholeFile(e.getMessage()))
                    : errors);
        } catch (ReportUnderWayException e) {
            throw new ImportRejectedException(List.of(ImportError.wholeFile(e.getMessage())));
        }
    }

    /**
     * A service the file brought in has nobody to sign off its returns, and could not have had a director named
     * before (people are named to services that exist): said while a quarter of the year is being collected, when
     * its return may be issued at once (the director named then gets its issue notice). The quarters are those the
     * checks read, if they did; otherwise read now without locking the year's returns, which may not be locked once
     * the returns have followed the change and locked their cycles.
     */
    Optional<String> newWithoutDirector(ReportingYear year, Set<Long> existing, UnpublishedQuarters unpublished) {
        List<String> named = structure.withoutDirector(year.id()).stream()
                .filter(s -> !existing.contains(s.serviceId())).map(YearStructure.PlacedService::name).toList();
        if (named.isEmpty() || (unpublished.read() ? unpublished.get() : years.unpublishedQuarters(year.id()))
                .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("New in " + year.display() + " with no service director yet: " + String.join(", ", named)
                + ". Any return the quarter being collected issues them waits for someone to sign it off: name each"
                + " one's director (or a deputy) under Users, who then gets its issue notice.");
    }

    /** Tells the returns feature, in this transaction, that a code now has other letters (see {@link CodeRespelt}). */
    void respelt(ReportingYear year, String from, String to) {
        events.publishEvent(new CodeRespelt(year.id(), from, to));
    }
}
