package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;

/**
 * A year's framework file of measures (or the measure form's one row), imported in the transaction
 * {@link FrameworkImport} opens: placed, checked against what the year holds, written and kept in its history.
 */
@Component
class MeasureImport {

    private final YearRepository years;
    private final Organisation organisation;
    private final MeasureRepository measures;
    private final MeasureSaving saving;
    private final KeyActionRepository actions;
    private final YearStructure structure;
    private final YearPlacements yearPlacements;
    private final MeasureChanges changes;
    private final DirectorGaps directorGaps;
    private final LastYearsFigures lastYearsFigures;
    private final FrameworkHistory history;
    private final ImportAnnouncements announcements;

    MeasureImport(YearRepository years, Organisation organisation, MeasureRepository measures, MeasureSaving saving,
            KeyActionRepository actions, YearStructure structure, YearPlacements yearPlacements,
            MeasureChanges changes, DirectorGaps directorGaps, LastYearsFigures lastYearsFigures,
            FrameworkHistory history, ImportAnnouncements announcements) {
        this.years = years;
        this.organisation = organisation;
        this.measures = measures;
        this.saving = saving;
        this.actions = actions;
        this.structure = structure;
        this.yearPlacements = yearPlacements;
        this.changes = changes;
        this.directorGaps = directorGaps;
        this.lastYearsFigures = lastYearsFigures;
        this.history = history;
        this.announcements = announcements;
    }

    /**
     * Imports the file as {@link FrameworkImport} says for each way in.
     *
     * @param onlyNew refuse a code the year already has, in any letters, on its row
     * @param read    the measure as the form read it, refused when it has changed since; null for a file
     */
    ImportResult importFile(String yearLabel, TabularFile file, boolean onlyNew, FrameworkRow read,
            FrameworkEdit edit) {
        ParsedFile<FrameworkRow> parsed = FrameworkFileParser.read(file);
        List<Numbered<FrameworkRow>> rows = parsed.rows();
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
        organisation.lockNames(); // the file's new directorates and services are read and created under it
        Set<Long> existing = announcements.servicesBefore();
        List<ImportError> errors = new ArrayList<>();
        FilePlacements placements = new FilePlacements(year, structure.isCurrent(year), parsed.values(),
                yearPlacements, organisation);
        List<Optional<Long>> services = new ArrayList<>(rows.size());
        for (Numbered<FrameworkRow> row : rows) {
            services.add(placements.place(row.row(), row.rowNumber(), errors));
        }
        Map<String, Measure> stored = measures.byCode(year.id());
        List<String> codes = StoredCodes.matchAll(rows, FrameworkRow::code, stored.keySet(), errors);
        CodesOfTheOtherKind.keyActions(actions.forYear(year.id())).refuse(year, rows, FrameworkRow::code, errors);
        if (onlyNew) {
            errors.addAll(alreadyThere(year, rows, stored.keySet(), codes));
        }
        if (read != null) {
            MeasureChanges.changedSinceRead(year, stored, read).ifPresent(errors::add);
        }
        List<Measure> storedRows = codes.stream().map(stored::get).toList();
        UnpublishedQuarters unpublished = changes.unpublishedQuarters(year);
        errors.addAll(changes.ofMeasures(year, rows, storedRows, services, existing, unpublished));
        parsed.rejectIf(errors);
        List<KeyAction> movedActions = keyActionsOf(year, placements.movedOrRenamed()); // read as they stand now
        placements.write();
        YearOrder order = new YearOrder(measures.rowOrders(year.id()), codes);
        List<MeasureSaving.Upsert> added = new ArrayList<>();
        List<MeasureSaving.Upsert> changed = new ArrayList<>();
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
            if (MeasureSaving.changes(before, service, row) || order.moves(codes.get(i), place)) {
                if (before != null && !before.code().equals(row.code())) {
                    saving.respell(before.id(), row.code());
                    announcements.respelt(year, before.code(), row.code());
                }
                (before == null ? added : changed).add(new MeasureSaving.Upsert(service, theme, row, place));
                Map<String, String> removedWith = removed.get(row.code().toLowerCase(Locale.ROOT));
                if (before == null && removedWith != null) {
                    trail.addedAgain(row, removedWith); // its rule moving from the one it was removed with
                } else {
                    trail.measure(before, row); // nothing when only its place in the year's order moves
                }
            }
        }
        Map<Long, FrameworkRow> placedIn = placedIn(rows, rowServices);
        List<Measure> leftOut = leftOut(stored, codes);
        trail.movedWithTheirService(leftOut, placedIn);
        trail.keyActionsMovedWithTheirService(movedActions, placedIn);
        Integer reportedFrom = added.isEmpty() ? null : changes.reportedFromNow(year, unpublished);
        added.forEach(a -> trail.reportedFrom(a.row().code(), reportedFrom));
        saving.insertAll(year.id(), added, reportedFrom);
        lastYearsFigures.carryInto(year, added.stream().map(a -> a.row().code()).toList());
        saving.saveAll(year.id(), changed);
        history.write(year, trail, edit);
        int written = added.size() + changed.size();
        if (written > 0) {
            announcements.announce(year, rows, rowServices, existing, moved, Map.of());
        }
        List<String> notes = new ArrayList<>(directorGaps.note(year).stream().toList());
        announcements.newWithoutDirector(year, existing, unpublished).ifPresent(notes::add);
        if (read == null && !onlyNew) {
            LeftOutOfTheFile.note(year, leftOut).ifPresent(notes::add);
        }
        return new ImportResult(rows.size(), written, rows.size() - written, notes);
    }

    /** The rows whose code the year already has, refused when only new measures may be added. */
    private static List<ImportError> alreadyThere(ReportingYear year, List<Numbered<FrameworkRow>> rows,
            Set<String> stored, List<String> codes) {
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (stored.contains(codes.get(i))) {
                errors.add(new ImportError(rows.get(i).rowNumber(), "code", "The " + year.display()
                        + " framework already has the measure " + codes.get(i)
                        + ": open it from the list to change it"));
            }
        }
        return errors;
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
}
