package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.HistoryFileParser;
import uk.quarterlyreturns.framework.io.HistoryRow;
import uk.quarterlyreturns.framework.io.KeyActionFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.framework.io.Numbered;
import uk.quarterlyreturns.framework.io.ParsedFile;
import uk.quarterlyreturns.framework.io.ValueRow;
import uk.quarterlyreturns.framework.io.ValuesFileParser;

/**
 * Imports the interchange files of docs/formats.md into a reporting year. Each import is one transaction:
 * any bad row rejects the whole file, naming every bad row, and nothing changes.
 */
@Service
public class FrameworkImport {

    private final YearRepository years;
    private final Organisation organisation;
    private final MeasureRepository measures;
    private final KeyActionRepository actions;
    private final ValueRepository values;
    private static final Logger log = LoggerFactory.getLogger(FrameworkImport.class);

    private final YearStructure structure;
    private final ReturnLocks locks;
    private final FedValues fedValues;
    private final YearPlacements yearPlacements;

    FrameworkImport(YearRepository years, Organisation organisation, MeasureRepository measures,
            KeyActionRepository actions, ValueRepository values, ReturnLocks locks, FedValues fedValues,
            YearStructure structure, YearPlacements yearPlacements) {
        this.yearPlacements = yearPlacements;
        this.structure = structure;
        this.years = years;
        this.organisation = organisation;
        this.measures = measures;
        this.actions = actions;
        this.values = values;
        this.locks = locks;
        this.fedValues = fedValues;
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
        return measures(yearLabel, file, false);
    }

    /**
     * New measures only, as the Framework screen's "New measure" saves one: a code the year already has, in any
     * letters, is refused on its row rather than overwriting that measure.
     */
    @Transactional
    public ImportResult addMeasures(String yearLabel, TabularFile file) {
        return measures(yearLabel, file, true);
    }

    private ImportResult measures(String yearLabel, TabularFile file, boolean onlyNew) {
        ParsedFile<FrameworkRow> parsed = FrameworkFileParser.read(file);
        List<Numbered<FrameworkRow>> rows = parsed.rows();
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
        organisation.lockNames(); // the file's new directorates and services are read and created under it
        List<ImportError> errors = new ArrayList<>();
        FilePlacements placements = new FilePlacements(year, structure.isCurrent(year), parsed.values(),
                yearPlacements, organisation);
        List<Optional<Long>> services = new ArrayList<>(rows.size());
        for (Numbered<FrameworkRow> row : rows) {
            services.add(placements.place(row.row(), row.rowNumber(), errors));
        }
        Map<String, Measure> stored = byCode(year);
        List<String> codes = storedCodes(rows, FrameworkRow::code, stored.keySet(), errors);
        for (int i = 0; onlyNew && i < rows.size(); i++) {
            if (stored.containsKey(codes.get(i))) {
                errors.add(new ImportError(rows.get(i).rowNumber(), "code", "The " + year.display()
                        + " framework already has the measure " + codes.get(i)
                        + ": open it from the list to change it"));
            }
        }
        parsed.rejectIf(errors);
        placements.write();
        YearOrder order = new YearOrder(measures.rowOrders(year.id()), codes);
        List<MeasureRepository.Upsert> added = new ArrayList<>();
        List<MeasureRepository.Upsert> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FrameworkRow row = rows.get(i).row();
            long service = placements.id(services.get(i).orElseThrow());
            long theme = placements.theme(row.theme());
            Measure before = stored.get(codes.get(i));
            int place = order.of(codes.get(i), i);
            if (MeasureRepository.changes(before, service, row) || order.moves(codes.get(i), place)) {
                if (before != null && !before.code().equals(row.code())) {
                    measures.respell(before.id(), row.code());
                }
                (before == null ? added : changed).add(new MeasureRepository.Upsert(service, theme, row, place));
            }
        }
        measures.insertAll(year.id(), added);
        measures.saveAll(year.id(), changed);
        int written = added.size() + changed.size();
        return new ImportResult(rows.size(), written, rows.size() - written);
    }

    /**
     * Key actions: a service named under another directorate than the year places it is refused with its row. A file
     * of every key action of the year sets their order; a partial one keeps it (see {@link YearOrder}). The year is
     * locked first, as for measures, so that two imports of the year cannot interleave.
     */
    @Transactional
    public ImportResult importKeyActions(String yearLabel, TabularFile file) {
        ParsedFile<KeyActionRow> parsed = KeyActionFileParser.read(file);
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
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
        List<KeyActionRow> rows = parsed.values();
        YearOrder order = new YearOrder(stored, codes);
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            KeyActionRow row = rows.get(i);
            int place = order.of(codes.get(i), i);
            if (!codes.get(i).equals(row.code())) {
                actions.respell(year.id(), codes.get(i), row.code());
            }
            if (actions.save(year.id(), serviceIds.get(i), organisation.theme(row.theme()), row, place)) {
                changed++;
            }
        }
        return new ImportResult(rows.size(), changed, rows.size() - changed);
    }

    @Transactional
    public ImportResult importHistory(String yearLabel, TabularFile file) {
        ParsedFile<HistoryRow> parsed = HistoryFileParser.read(file);
        ReportingYear year = existingYear(yearLabel);
        List<ImportError> notEarlier = new ArrayList<>();
        for (Numbered<HistoryRow> row : parsed.rows()) {
            if (!ReportingYear.startOf(row.row().year()).isBefore(year.startsOn())) {
                notEarlier.add(new ImportError(row.rowNumber(), "year", "History is for years before "
                        + year.display() + ": this year's figures come through its returns or the values feed"));
            }
        }
        List<Measure> measuresOf = measuresOf(parsed, HistoryRow::code, year, notEarlier);
        List<HistoryRow> rows = parsed.values();
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow row = rows.get(i);
            values.saveHistory(measuresOf.get(i).id(), row.year(), row.quarter(), row.value(), row.unit());
        }
        return new ImportResult(rows.size(), rows.size(), 0);
    }

    /** The values feed: refused for measures whose return is already submitted or later (409). */
    @Transactional
    public ImportResult importValues(String yearLabel, int quarter, TabularFile file, String by) {
        ReportingYear.requireQuarter(quarter);
        ParsedFile<ValueRow> parsed = ValuesFileParser.read(file);
        ReportingYear year = existingYear(yearLabel);
        List<Measure> measuresOf = measuresOf(parsed, ValueRow::code, year, List.of());
        List<ValueRow> rows = parsed.values();
        List<Long> ids = measuresOf.stream().map(Measure::id).toList();
        var locked = locks.lockedMeasures(year.id(), quarter, ids);
        if (!locked.isEmpty()) {
            List<String> codes = measuresOf.stream().filter(m -> locked.contains(m.id())).map(Measure::code)
                    .toList();
            log.warn("Values feed from {} refused: {} Q{} measures {} are locked", by, yearLabel, quarter, codes);
            throw new ValuesLockedException(codes);
        }
        List<FedValues.FedFigure> fed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ValueRow row = rows.get(i);
            Measure measure = measuresOf.get(i);
            QuarterValue before = values.find(measure.id(), quarter).orElse(null);
            QuarterValue after = values.saveFigure(measure.id(), quarter, valueOf(row, measure), row.note(),
                    row.numerator(), row.denominator(), by);
            fed.add(new FedValues.FedFigure(measure.id(), measure.code(), before, after));
        }
        fedValues.fed(year.id(), quarter, fed, by);
        return new ImportResult(rows.size(), rows.size(), 0);
    }

    /**
     * The year's measure of each good row of the file, found by code in any letters.
     *
     * @param more the caller's own errors in the file's good rows, refused with these
     * @throws uk.quarterlyreturns.base.tabular.ImportRejectedException with the file's errors, the given ones and
     *         each row whose code the year's framework does not have
     */
    private <T> List<Measure> measuresOf(ParsedFile<T> parsed, Function<T, String> code, ReportingYear year,
            List<ImportError> more) {
        Map<String, Measure> byCode = byCode(year);
        StoredCodes codes = new StoredCodes(byCode.keySet());
        List<ImportError> errors = new ArrayList<>(more);
        List<Measure> found = new ArrayList<>();
        for (Numbered<T> row : parsed.rows()) {
            int errorsBefore = errors.size();
            String match = codes.match(code.apply(row.row()), row.rowNumber(), errors);
            if (match == null && errors.size() == errorsBefore) {
                errors.add(unknownCode(row.rowNumber(), code.apply(row.row()), year));
            }
            found.add(match == null ? null : byCode.get(match));
        }
        parsed.rejectIf(errors);
        return found;
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

    /** A values file row's figure for the measure, worked out as the values feed does (for a return's upload). */
    public static BigDecimal figureOf(ValueRow row, Measure measure) {
        return valueOf(row, measure);
    }

    /**
     * The given value, or numerator / denominator in the measure's unit (times 100 for a percentage, times the base
     * for a rate per 1,000, 10k or 100k), rounded once, at the measure's decimals.
     */
    static BigDecimal valueOf(ValueRow row, Measure measure) {
        if (row.value() != null) {
            return row.value();
        }
        int decimals = measure.definition().decimals() == null ? MeasureRule.DEFAULT_DECIMALS
                : measure.definition().decimals();
        return row.numerator().multiply(measure.definition().unit().base())
                .divide(row.denominator(), decimals, RoundingMode.HALF_UP);
    }

    /** The year's services by name, read once per file (the first of a name, as the year lists them). */
    private Map<String, YearStructure.PlacedService> servicesByName(ReportingYear year) {
        Map<String, YearStructure.PlacedService> byName = new HashMap<>();
        structure.services(year.id()).forEach(s -> byName.putIfAbsent(s.name(), s));
        return byName;
    }

    /**
     * A key action's service: as this year's framework places it, or placed now when the year has no such service
     * (and the year's services read again, as placing may have found one by another name or year).
     */
    private Optional<Long> placedService(ReportingYear year, String directorate, String service, int row,
            List<ImportError> errors, Map<String, YearStructure.PlacedService> services) {
        var placed = Optional.ofNullable(services.get(service));
        if (placed.isEmpty()) {
            long id = structure.place(year, directorate, service, null);
            services.clear();
            services.putAll(servicesByName(year));
            return Optional.of(id);
        }
        if (!placed.get().directorate().equals(directorate)) {
            errors.add(new ImportError(row, "directorate", "Service " + service + " sits in "
                    + placed.get().directorate() + " in the " + year.display() + " framework"));
            return Optional.empty();
        }
        return Optional.of(placed.get().serviceId());
    }

    private ReportingYear existingYear(String label) {
        ReportingYear.startOf(label);
        return years.find(label).orElseThrow(() -> new IllegalArgumentException(
                "There is no framework for " + label + " yet: import its measures first"));
    }

    private Map<String, Measure> byCode(ReportingYear year) {
        return measures.forYear(year.id()).stream().collect(Collectors.toMap(Measure::code, Function.identity()));
    }

    private static ImportError unknownCode(int row, String code, ReportingYear year) {
        return new ImportError(row, "code", "No measure " + code + " in the " + year.display() + " framework");
    }
}
