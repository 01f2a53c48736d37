package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.HistoryFileParser;
import uk.quarterlyreturns.framework.io.HistoryRow;
import uk.quarterlyreturns.framework.io.KeyActionFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;
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
     * first, so what was read stays true until the import commits.
     */
    @Transactional
    public ImportResult importMeasures(String yearLabel, TabularFile file) {
        List<FrameworkRow> rows = FrameworkFileParser.parse(file);
        ReportingYear year = years.findOrCreate(yearLabel);
        measures.lockYear(year.id());
        organisation.lockNames(); // the file's new directorates and services are read and created under it
        List<ImportError> errors = new ArrayList<>();
        FilePlacements placements = new FilePlacements(year, structure.isCurrent(year), rows, yearPlacements,
                organisation);
        List<Optional<Long>> services = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            services.add(placements.place(rows.get(i), i + 2, errors));
        }
        rejectIf(errors);
        placements.write();
        Map<String, Measure> stored = byCode(year);
        List<MeasureRepository.Upsert> added = new ArrayList<>();
        List<MeasureRepository.Upsert> changed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FrameworkRow row = rows.get(i);
            long service = placements.id(services.get(i).orElseThrow());
            long theme = placements.theme(row.theme());
            Measure before = stored.get(row.code());
            if (MeasureRepository.changes(before, service, row)) {
                (before == null ? added : changed).add(new MeasureRepository.Upsert(service, theme, row, i));
            }
        }
        measures.insertAll(year.id(), added);
        measures.saveAll(year.id(), changed);
        int written = added.size() + changed.size();
        return new ImportResult(rows.size(), written, rows.size() - written);
    }

    @Transactional
    public ImportResult importKeyActions(String yearLabel, TabularFile file) {
        List<KeyActionRow> rows = KeyActionFileParser.parse(file);
        ReportingYear year = years.findOrCreate(yearLabel);
        List<ImportError> errors = new ArrayList<>();
        Map<String, YearStructure.PlacedService> services = servicesByName(year);
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            KeyActionRow row = rows.get(i);
            Optional<Long> service = placedService(year, row.directorate(), row.service(), i + 2, errors, services);
            if (service.isPresent()
                    && actions.save(year.id(), service.get(), organisation.theme(row.theme()), row, i)) {
                changed++;
            }
        }
        rejectIf(errors);
        return new ImportResult(rows.size(), changed, rows.size() - changed);
    }

    @Transactional
    public ImportResult importHistory(String yearLabel, TabularFile file) {
        List<HistoryRow> rows = HistoryFileParser.parse(file);
        ReportingYear year = existingYear(yearLabel);
        Map<String, Measure> byCode = byCode(year);
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            HistoryRow row = rows.get(i);
            Measure measure = byCode.get(row.code());
            if (measure == null) {
                errors.add(unknownCode(i + 2, row.code(), year));
            } else {
                values.saveHistory(measure.id(), row.year(), row.quarter(), row.value(), row.unit());
            }
        }
        rejectIf(errors);
        return new ImportResult(rows.size(), rows.size(), 0);
    }

    /** The values feed: refused for measures whose return is already submitted or later (409). */
    @Transactional
    public ImportResult importValues(String yearLabel, int quarter, TabularFile file, String by) {
        ReportingYear.requireQuarter(quarter);
        List<ValueRow> rows = ValuesFileParser.parse(file);
        ReportingYear year = existingYear(yearLabel);
        Map<String, Measure> byCode = byCode(year);
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!byCode.containsKey(rows.get(i).code())) {
                errors.add(unknownCode(i + 2, rows.get(i).code(), year));
            }
        }
        rejectIf(errors);
        List<Long> ids = rows.stream().map(r -> byCode.get(r.code()).id()).toList();
        var locked = locks.lockedMeasures(year.id(), quarter, ids);
        if (!locked.isEmpty()) {
            List<String> codes = rows.stream().map(ValueRow::code).filter(c -> locked.contains(byCode.get(c).id()))
                    .toList();
            log.warn("Values feed from {} refused: {} Q{} measures {} are locked", by, yearLabel, quarter, codes);
            throw new ValuesLockedException(codes);
        }
        List<FedValues.FedFigure> fed = new ArrayList<>();
        for (ValueRow row : rows) {
            Measure measure = byCode.get(row.code());
            QuarterValue before = values.find(measure.id(), quarter).orElse(null);
            QuarterValue after = values.saveFigure(measure.id(), quarter, valueOf(row, measure), row.note(),
                    row.numerator(), row.denominator(), by);
            fed.add(new FedValues.FedFigure(measure.id(), measure.code(), before, after));
        }
        fedValues.fed(year.id(), quarter, fed, by);
        return new ImportResult(rows.size(), rows.size(), 0);
    }

    /** A values file row's figure for the measure, worked out as the values feed does (for a return's upload). */
    public static BigDecimal figureOf(ValueRow row, Measure measure) {
        return valueOf(row, measure);
    }

    /** The given value, or numerator / denominator (as a percentage for a % measure). */
    static BigDecimal valueOf(ValueRow row, Measure measure) {
        if (row.value() != null) {
            return row.value();
        }
        BigDecimal ratio = row.numerator().divide(row.denominator(), 10, RoundingMode.HALF_UP);
        if (measure.definition().unit().isPercent()) {
            ratio = ratio.multiply(BigDecimal.valueOf(100));
        }
        int decimals = measure.definition().decimals() == null ? 2 : measure.definition().decimals();
        return ratio.setScale(decimals, RoundingMode.HALF_UP);
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

    private static void rejectIf(List<ImportError> errors) {
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }
}
