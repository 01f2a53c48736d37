package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;

/**
 * Imports a reporting year's framework files of docs/formats.md: its measures and key actions (figures go through
 * {@link FigureImport}). Each import is one transaction: any bad row rejects the whole file, naming every bad row,
 * and nothing changes.
 */
@Service
public class FrameworkImport {

    private final YearRepository years;
    private final Organisation organisation;
    private final MeasureRepository measures;
    private final KeyActionRepository actions;
    private final YearStructure structure;
    private final YearPlacements yearPlacements;
    private final MeasureChanges changes;
    private final DirectorGaps directorGaps;
    private final ApplicationEventPublisher events;
    private final LastYearsFigures lastYearsFigures;
    private final FrameworkHistory history;

    FrameworkImport(YearRepository years, Organisation organisation, MeasureRepository measures,
            KeyActionRepository actions, YearStructure structure, YearPlacements yearPlacements,
            MeasureChanges changes, DirectorGaps directorGaps, ApplicationEventPublisher events,
            LastYearsFigures lastYearsFigures, FrameworkHistory history) {
        this.history = history;
        this.lastYearsFigures = lastYearsFigures;
        this.events = events;
        this.directorGaps = directorGaps;
        this.changes = changes;
        this.yearPlacements = yearPlacements;
        this.structure = structure;
        this.years = years;
        this.organisation = organisation;
        this.measures = measures;
        this.actions = actions;
    }

    /**
     * Places every service of the file at once (read once, worked out in memory, written in a few statements),
     * then compares each row with the year's stored measures, read once, and writes only the new and changed rows
     * by COPY: a file of 10,000 rows costs a dozen or so statements rather than five per row. The year is locked
     * first, so what was read stays true until the import commits. A file of every measure of the year sets the
     * year's order; a partial one (such as one measure saved on the Framework screen) keeps it (see
     * {@link YearOrder}).
     */
    @Transactional
    public ImportResult importMeasures(String yearLabel, TabularFile file) {
        return importMeasures(yearLabel, file, FrameworkEdit.signedIn(FrameworkWay.FILE));
    }

    /** As {@link #importMeasures(String, TabularFile)}, each change kept in the year's history with the edit's words. */
    @Transactional
    public ImportResult importMeasures(String yearLabel, TabularFile file, FrameworkEdit edit) {
        return measures(yearLabel, file, false, null, edit);
    }

    /**
     * New measures only, as the Framework screen's "New measure" saves one: a code the year already has, in any
     * letters, is refused on its row rather than overwriting that measure.
     */
    @Transactional
    public ImportResult addMeasures(String yearLabel, TabularFile file, FrameworkEdit edit) {
        return measures(yearLabel, file, true, null, edit);
    }

    /**
     * One stored measure changed on the Framework screen, from the definition the screen read: refused when the
     * measure is no longer that (another officer, another tab or an import changed or removed it meanwhile), so
     * that nobody's change is overwritten unseen.
     */
    @Transactional
    public ImportResult changeMeasure(String yearLabel, TabularFile file, FrameworkRow read, FrameworkEdit edit) {
        return measures(yearLabel, file, false, read, edit);
    }

    private ImportResult measures(String yearLabel, TabularFile file, boolean onlyNew, FrameworkRow read,
            FrameworkEdit edit) {
        ParsedFile<FrameworkRow> parsed = FrameworkFileParser.read(file);
        List<Numbered<FrameworkRow>> rows = parsed.rows();
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
        organisation.lockNames(); // the file's new directorates and services are read and created under it
        Set<Long> existing = serviceIds();
        List<ImportError> errors = new ArrayList<>();
        FilePlacements placements = new FilePlacements(year, structure.isCurrent(year), parsed.values(),
                yearPlacements, organisation);
        List<Optional<Long>> services = new ArrayList<>(rows.size());
        for (Numbered<FrameworkRow> row : rows) {
            services.add(placements.place(row.row(), row.rowNumber(), errors));
        }
        Map<String, Measure> stored = measures.byCode(year.id());
        List<String> codes = storedCodes(rows, FrameworkRow::code, stored.keySet(), errors);
        for (int i = 0; onlyNew && i < rows.size(); i++) {
            if (stored.containsKey(codes.get(i))) {
                errors.add(new ImportError(rows.get(i).rowNumber(), "code", "The " + year.display()
                        + " framework already has the measure " + codes.get(i)
                        + ": open it from the list to change it"));
            }
        }
        if (read != null) {
            MeasureChanges.changedSinceRead(year, stored, read).ifPresent(errors::add);
        }
        List<Measure> storedRows = codes.stream().map(stored::get).toList();
        UnpublishedQuarters unpublished = changes.unpublishedQuarters(year);
        errors.addAll(changes.hidingFigures(year, rows, storedRows));
        errors.addAll(changes.switchingArrearsMidYear(year, rows, storedRows));
        errors.addAll(changes.movingSignedFigures(year, rows, storedRows, services));
        errors.addAll(changes.joiningSignedReturns(year, rows, storedRows, services, unpublished));
        errors.addAll(changes.changingSignedRatings(year, rows, storedRows, unpublished));
        parsed.rejectIf(errors);
        List<KeyAction> movedActions = keyActionsOf(year, placements.movedOrRenamed()); // read as they stand now
        placements.write();
        YearOrder order = new YearOrder(measures.rowOrders(year.id()), codes);
        List<MeasureRepository.Upsert> added = new ArrayList<>();
        List<MeasureRepository.Upsert> changed = new ArrayList<>();
        List<Long> rowServices = new ArrayList<>(rows.size());
        Map<Long, Long> moved = new HashMap<>(); // each measure moved, with the service it left
        FrameworkTrail trail = new FrameworkTrail();
        Map<String, Map<String, String>> removed = added(stored, codes) ? history.removedRules(year) : Map.of();
        for (int i = 0; i < rows.size(); i++) {
            FrameworkRow row = rows.get(i).row();
            long service = placements.id(services.get(i).orElseThrow());
            rowServices.add(service);
            long theme = placements.theme(row.theme());
            Measure before = stored.get(codes.get(i));
            if (before != null && before.serviceId() != service) {
                moved.put(before.id(), before.serviceId());
            }
            int place = order.of(codes.get(i), i);
            if (MeasureRepository.changes(before, service, row) || order.moves(codes.get(i), place)) {
                if (before != null && !before.code().equals(row.code())) {
                    measures.respell(before.id(), row.code());
                }
                (before == null ? added : changed).add(new MeasureRepository.Upsert(service, theme, row, place));
                Map<String, String> removedWith = removed.get(row.code().toLowerCase(Locale.ROOT));
                if (before == null && removedWith != null) {
                    trail.addedAgain(row, removedWith); // its rule moving from the one it was removed with
                } else {
                    trail.measure(before, row); // nothing when only its place in the year's order moves
                }
            }
        }
        Map<Long, FrameworkRow> placedIn = placedIn(rows, rowServices);
        trail.movedWithTheirService(leftOut(stored, codes), placedIn);
        trail.keyActionsMovedWithTheirService(movedActions, placedIn);
        measures.insertAll(year.id(), added);
        lastYearsFigures.carryInto(year, added.stream().map(a -> a.row().code()).toList());
        measures.saveAll(year.id(), changed);
        history.write(year, trail, edit);
        int written = added.size() + changed.size();
        if (written > 0) {
            announce(year, rows, rowServices, existing, moved);
        }
        List<String> notes = new ArrayList<>(directorGaps.note(year).stream().toList());
        newWithoutDirector(year, existing, unpublished).ifPresent(notes::add);
        return new ImportResult(rows.size(), written, rows.size() - written, notes);
    }

    /**
     * Key actions: a service named under another directorate than the year places it is refused with its row, and so
     * is a key action moved to another service while its status is in a return already submitted. A file
     * of every key action of the year sets their order; a partial one keeps it (see {@link YearOrder}). The year is
     * locked first, as for measures, so that two imports of the year cannot interleave.
     */
    @Transactional
    public ImportResult importKeyActions(String yearLabel, TabularFile file) {
        return importKeyActions(yearLabel, file, FrameworkEdit.signedIn(FrameworkWay.FILE));
    }

    @Transactional
    public ImportResult importKeyActions(String yearLabel, TabularFile file, FrameworkEdit edit) {
        ParsedFile<KeyActionRow> parsed = KeyActionFileParser.read(file);
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
        Set<Long> existing = serviceIds();
        List<ImportError> errors = new ArrayList<>();
        Map<String, YearStructure.PlacedService> services = servicesByName(year);
        List<Long> serviceIds = new ArrayList<>();
        for (Numbered<KeyActionRow> row : parsed.rows()) {
            placedService(year, row.row().directorate(), row.row().service(), row.rowNumber(), errors, services)
                    .ifPresent(serviceIds::add);
        }
        Map<String, Integer> stored = actions.rowOrders(year.id());
        List<String> codes = storedCodes(parsed.rows(), KeyActionRow::code, stored.keySet(), errors);
        parsed.rejectIf(errors);
        Map<String, KeyAction> byCode = new HashMap<>();
        actions.forYear(year.id()).forEach(a -> byCode.put(a.code(), a));
        List<KeyAction> storedRows = codes.stream().map(byCode::get).toList();
        UnpublishedQuarters unpublished = changes.unpublishedQuarters(year);
        List<ImportError> moves = new ArrayList<>(changes.movingSignedStatuses(year, parsed.rows(), storedRows,
                serviceIds));
        moves.addAll(changes.joiningSignedReturnsOfActions(year, parsed.rows(), storedRows, serviceIds, unpublished));
        parsed.rejectIf(moves);
        List<KeyActionRow> rows = parsed.values();
        YearOrder order = new YearOrder(stored, codes);
        int changed = 0;
        FrameworkTrail trail = new FrameworkTrail();
        for (int i = 0; i < rows.size(); i++) {
            KeyActionRow row = rows.get(i);
            int place = order.of(codes.get(i), i);
            boolean respelt = !codes.get(i).equals(row.code());
            if (respelt) {
                actions.respell(year.id(), codes.get(i), row.code());
            }
            // a respelling alone leaves the saved row as the file has it, yet is a change to keep
            if (actions.save(year.id(), serviceIds.get(i), organisation.theme(row.theme()), row, place) | respelt) {
                changed++;
                trail.keyAction(byCode.get(codes.get(i)), row);
            }
        }
        history.write(year, trail, edit);
        if (changed > 0) {
            announce(year, parsed.rows(), serviceIds, existing, Map.of());
        }
        return new ImportResult(rows.size(), changed, rows.size() - changed,
                newWithoutDirector(year, existing, unpublished).stream().toList());
    }

    /**
     * Tells the returns feature, in this transaction, what changed. A return it may not issue in a cycle already open
     * (its service has nobody to sign it off) refuses the file on the first row of each such service.
     */
    private void announce(ReportingYear year, List<? extends Numbered<?>> rows, List<Long> rowServices,
            Set<Long> existing, Map<Long, Long> movedFrom) {
        Set<Long> created = new HashSet<>(rowServices);
        created.removeAll(existing);
        try {
            events.publishEvent(FrameworkChanged.bySignedIn(year.id(), created, movedFrom));
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
        }
    }

    /** The year's key actions of these services; none read when there are none. */
    private List<KeyAction> keyActionsOf(ReportingYear year, Set<Long> services) {
        return services.isEmpty() ? List.of()
                : actions.forYear(year.id()).stream().filter(a -> services.contains(a.serviceId())).toList();
    }

    /** Whether the file adds a measure the year does not have. */
    private static boolean added(Map<String, Measure> stored, List<String> codes) {
        return !stored.keySet().containsAll(codes);
    }

    /** The year's stored measures the file does not name. */
    private static List<Measure> leftOut(Map<String, Measure> stored, List<String> codes) {
        Set<String> named = new HashSet<>(codes);
        return stored.values().stream().filter(m -> !named.contains(m.code())).toList();
    }

    /**
     * Each service the file places, with its first row: the name and directorate it gives the service (one file
     * places a service under one name in one directorate).
     */
    private static Map<Long, FrameworkRow> placedIn(List<Numbered<FrameworkRow>> rows, List<Long> services) {
        Map<Long, FrameworkRow> placed = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            placed.putIfAbsent(services.get(i), rows.get(i).row());
        }
        return placed;
    }

    private Set<Long> serviceIds() {
        Set<Long> ids = new HashSet<>();
        organisation.services().forEach(s -> ids.add(s.id()));
        return ids;
    }

    /**
     * A service the file brought in has nobody to sign off its returns, and could not have had a director named
     * before (people are named to services that exist): said while a quarter of the year is being collected, when
     * its return may be issued at once (the director named then gets its issue notice). The quarters are those the
     * checks read, if they did; otherwise read now without locking the year's returns, which may not be locked once
     * the returns have followed the change and locked their cycles.
     */
    private Optional<String> newWithoutDirector(ReportingYear year, Set<Long> existing,
            UnpublishedQuarters unpublished) {
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

    /**
     * For each row, the stored code its code names in any letters (see {@link StoredCodes}), or its own code when
     * the year has none; a code that could name two stored ones is an error on its row.
     */
    private static <T> List<String> storedCodes(List<Numbered<T>> rows, Function<T, String> code,
            Set<String> stored, List<ImportError> errors) {
        StoredCodes codes = new StoredCodes(stored);
        List<String> matched = new ArrayList<>(rows.size());
        for (Numbered<T> row : rows) {
            String own = code.apply(row.row());
            String match = codes.match(own, row.rowNumber(), errors);
            matched.add(match == null ? own : match);
        }
        return matched;
    }

    /** The year's services by name, read once per file (the first of a name, as the year lists them). */
    private Map<String, YearStructure.PlacedService> servicesByName(ReportingYear year) {
        Map<String, YearStructure.PlacedService> byName = new HashMap<>();
        structure.services(year.id()).forEach(s -> byName.putIfAbsent(s.name(), s));
        return byName;
    }

    /**
     * A key action's service: as this year's framework places it, or placed now in this year alone when the year has
     * no such service (and the year's services read again, as the service may be found by another name or year).
     * A service the year places in another directorate is refused: a key actions file moves no service.
     */
    private Optional<Long> placedService(ReportingYear year, String directorate, String service, int row,
            List<ImportError> errors, Map<String, YearStructure.PlacedService> services) {
        YearStructure.PlacedService known = services.get(service);
        YearStructure.Placement placed = known != null
                ? new YearStructure.Placement(known.serviceId(), known.name(), known.directorate())
                : structure.placeIfAbsent(year, directorate, service);
        if (known == null) {
            services.clear();
            services.putAll(servicesByName(year));
        }
        if (!placed.directorate().equals(directorate)) {
            errors.add(new ImportError(row, "directorate", "Service " + service + " sits in " + placed.directorate()
                    + " in the " + year.display() + " framework"
                    + (placed.name().equals(service) ? "" : " (as " + placed.name() + ")")
                    + ": a key actions file cannot move a service"));
            return Optional.empty();
        }
        return Optional.of(placed.serviceId());
    }

}
