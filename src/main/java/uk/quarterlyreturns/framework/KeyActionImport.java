package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.KeyActionFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;

/** A year's key actions file, imported in the transaction {@link FrameworkImport#importKeyActions} opens. */
@Component
class KeyActionImport {

    private final YearRepository years;
    private final Organisation organisation;
    private final MeasureRepository measures;
    private final KeyActionRepository actions;
    private final YearStructure structure;
    private final MeasureChanges changes;
    private final FrameworkHistory history;
    private final ImportAnnouncements announcements;
    private final YearPlacements placements;

    KeyActionImport(YearRepository years, Organisation organisation, MeasureRepository measures,
            KeyActionRepository actions, YearStructure structure, MeasureChanges changes, FrameworkHistory history,
            ImportAnnouncements announcements, YearPlacements placements) {
        this.years = years;
        this.organisation = organisation;
        this.measures = measures;
        this.actions = actions;
        this.structure = structure;
        this.changes = changes;
        this.history = history;
        this.announcements = announcements;
        this.placements = placements;
    }

    ImportResult importFile(String yearLabel, TabularFile file, FrameworkEdit edit) {
        ParsedFile<KeyActionRow> parsed = KeyActionFileParser.read(file);
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
        Set<Long> existing = announcements.servicesBefore();
        List<ImportError> errors = new ArrayList<>();
        List<Optional<YearStructure.Placement>> where = placeAll(year, parsed.rows(), errors);
        List<Optional<Long>> placed = where.stream().map(p -> p.map(YearStructure.Placement::serviceId)).toList();
        Map<String, Integer> stored = actions.rowOrders(year.id());
        List<String> codes = StoredCodes.matchAll(parsed.rows(), KeyActionRow::code, stored.keySet(), errors);
        CodesOfTheOtherKind.measures(measures.forYear(year.id()))
                .refuse(year, parsed.rows(), KeyActionRow::code, errors);
        Map<String, KeyAction> byCode = new HashMap<>();
        actions.forYear(year.id()).forEach(a -> byCode.put(a.code(), a));
        List<KeyAction> storedRows = codes.stream().map(byCode::get).toList();
        UnpublishedQuarters unpublished = changes.unpublishedQuarters(year);
        errors.addAll(changes.ofKeyActions(year, parsed.rows(), storedRows, placed, existing, unpublished));
        parsed.rejectIf(errors); // the file's own mistakes and what it may not do to the year, named together
        List<Long> serviceIds = placed.stream().map(Optional::orElseThrow).toList();
        List<KeyActionRow> rows = namedAsTheYearNamesThem(parsed.values(), where);
        YearOrder order = new YearOrder(stored, codes);
        int changed = 0;
        FrameworkTrail trail = new FrameworkTrail();
        Map<Long, Long> moved = new HashMap<>(); // each key action moved, with the service it left
        for (int i = 0; i < rows.size(); i++) {
            KeyActionRow row = rows.get(i);
            KeyAction before = byCode.get(codes.get(i));
            if (before != null && before.serviceId() != serviceIds.get(i)) {
                moved.put(before.id(), before.serviceId());
            }
            int place = order.of(codes.get(i), i);
            boolean respelt = !codes.get(i).equals(row.code());
            if (respelt) {
                actions.respell(year.id(), codes.get(i), row.code());
                announcements.respelt(year, codes.get(i), row.code());
            }
            // a respelling alone leaves the saved row as the file has it, yet is a change to keep
            if (actions.save(year.id(), serviceIds.get(i), organisation.theme(row.theme()), row, place) | respelt) {
                changed++;
                trail.keyAction(before, row);
            }
        }
        history.write(year, trail, edit);
        if (changed > 0) {
            announcements.announce(year, parsed.rows(), serviceIds, existing, Map.of(), moved);
        }
        return new ImportResult(rows.size(), changed, rows.size() - changed,
                announcements.newWithoutDirector(year, existing, unpublished).stream().toList());
    }

    /**
     * The rows with each service under its name in the year, as the stored key actions have it: a file may name a
     * service by another of its names (last year's, say), which is no change to the key action, nor one to record.
     */
    private static List<KeyActionRow> namedAsTheYearNamesThem(List<KeyActionRow> rows,
            List<Optional<YearStructure.Placement>> where) {
        List<KeyActionRow> named = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            KeyActionRow row = rows.get(i);
            named.add(new KeyActionRow(row.code(), row.title(), row.directorate(), where.get(i).orElseThrow().name(),
                    row.theme(), row.outcome()));
        }
        return named;
    }

    /**
     * Each row's service, as {@link #placedService} finds or places it, with its name in the year; none for a row
     * refused. A directorate, service or theme named as one held (or given on an earlier row) only in other letters is
     * refused on its column.
     */
    private List<Optional<YearStructure.Placement>> placeAll(ReportingYear year, List<Numbered<KeyActionRow>> rows,
            List<ImportError> errors) {
        Map<String, YearStructure.PlacedService> services = servicesByName(year);
        organisation.lockNames(); // the names read here stay as they are until the file's new ones are created
        List<KeyActionRow> values = rows.stream().map(Numbered::row).toList();
        NameSpellings directorates = NameSpellings.held(placements, "directorate",
                values.stream().map(KeyActionRow::directorate).toList());
        NameSpellings serviceNames = NameSpellings.held(placements, "service",
                values.stream().map(KeyActionRow::service).toList());
        NameSpellings themes = NameSpellings.held(placements, "theme", values.stream().map(KeyActionRow::theme).toList());
        List<Optional<YearStructure.Placement>> placed = new ArrayList<>();
        for (Numbered<KeyActionRow> row : rows) {
            KeyActionRow r = row.row();
            themes.check(r.theme(), row.rowNumber(), "theme", errors);
            // both named, when both are another's in other letters
            boolean named = directorates.check(r.directorate(), row.rowNumber(), "directorate", errors)
                    & serviceNames.check(r.service(), row.rowNumber(), "service", errors);
            placed.add(named ? placedService(year, r.directorate(), r.service(), row.rowNumber(), errors, services)
                    : Optional.empty());
        }
        return placed;
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
    private Optional<YearStructure.Placement> placedService(ReportingYear year, String directorate, String service,
            int row, List<ImportError> errors, Map<String, YearStructure.PlacedService> services) {
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
        return Optional.of(placed);
    }
}
