package uk.quarterlyreturns.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.quarterlyreturns.framework.FrameworkEvent.Kind;
import uk.quarterlyreturns.framework.io.FrameworkFileWriter;
import uk.quarterlyreturns.framework.io.FrameworkRow;
import uk.quarterlyreturns.framework.io.KeyActionFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;

/**
 * The changes one save makes to a year's framework, gathered as it goes and written at once by
 * {@link FrameworkHistory}: one per column that differs, in the file's column order, each value as the file would
 * write it; a new item is one "added" change, a removed one "removed", each with its title.
 */
public final class FrameworkTrail {

    /** The column of the decimal places a figure is rounded to before it is judged: part of its rating rule. */
    private static final String DECIMALS = "decimals";

    /** The history's name for a measure's first quarter, as the framework export heads its column. */
    private static final String REPORTED_FROM = FrameworkFileWriter.REPORTED_FROM;

    /** One change: of which item, which column (or added, removed, a setting), from what to what. */
    public record Change(Kind kind, String code, String what, String from, String to) {
    }

    private final List<Change> changes = new ArrayList<>();

    /**
     * A measure saved from a file's row: added when there was none, otherwise each column that differs. A row without
     * a service code keeps the stored one (as the save does), so it records no change there.
     *
     * @param before the stored measure, or null for a new one
     */
    public void measure(Measure before, FrameworkRow row) {
        if (before == null) {
            added(Kind.MEASURE, row.code(), row.title());
            return;
        }
        FrameworkRow after = MeasureRepository.normalised(row.serviceCode() != null ? row
                : row.withServiceCode(before.definition().serviceCode()));
        differences(Kind.MEASURE, after.code(), FrameworkFileWriter.byColumn(before.definition()),
                FrameworkFileWriter.byColumn(after));
    }

    /**
     * Measures the save left out but moved or renamed all the same: their service has one name and sits in one
     * directorate a year, and the save renamed it or placed it in another, so each records its own {@code service}
     * and {@code directorate} change.
     *
     * @param leftOut the year's stored measures the save did not name
     * @param placed  each service the save placed, with a row of it (the name and directorate it gave it)
     */
    public void movedWithTheirService(Collection<Measure> leftOut, Map<Long, FrameworkRow> placed) {
        for (Measure m : leftOut) {
            FrameworkRow was = m.definition();
            movedWithItsService(Kind.MEASURE, m.code(), was.service(), was.directorate(), placed.get(m.serviceId()));
        }
    }

    /**
     * Key actions of the services a framework file moved or renamed: a key action belongs to its service, so each
     * records its own {@code service} and {@code directorate} change as the service's measures do (an auditor reading
     * one key action's history sees that it moved).
     *
     * @param movedActions the key actions of those services, as they stood before the save
     * @param placed       each service the save placed, with a row of it (the name and directorate it gave it)
     */
    public void keyActionsMovedWithTheirService(Collection<KeyAction> movedActions, Map<Long, FrameworkRow> placed) {
        for (KeyAction a : movedActions) {
            KeyActionRow was = a.definition();
            movedWithItsService(Kind.KEY_ACTION, a.code(), was.service(), was.directorate(),
                    placed.get(a.serviceId()));
        }
    }

    private void movedWithItsService(Kind kind, String code, String service, String directorate, FrameworkRow to) {
        if (to != null) {
            setting(kind, code, "service", service, to.service());
            setting(kind, code, "directorate", directorate, to.directorate());
        }
    }

    /** A key action saved from a file's row, as {@link #measure}. */
    public void keyAction(KeyAction before, KeyActionRow row) {
        if (before == null) {
            added(Kind.KEY_ACTION, row.code(), row.title());
            return;
        }
        differences(Kind.KEY_ACTION, row.code(), columns(before.definition()), columns(row));
    }

    /**
     * A measure taken out of the year: its title, and each column of its rating rule that had a value, from that value
     * to none, so that one added again under its code can be compared with it (see {@link #addedAgain}).
     */
    public void removed(Measure m) {
        rule(m.definition()).forEach((column, value) -> {
            if (value != null) {
                changes.add(new Change(Kind.MEASURE, m.code(), column, value, null));
            }
        });
        removed(Kind.MEASURE, m.code(), m.title()); // last, so that newest first it heads its rule
    }

    /**
     * A measure added under a code the year removed it with: added, and each column of its rating rule that differs
     * from the rule it was removed with, as though it had been changed (a way round the report's "t" otherwise).
     *
     * @param removedWith its rule's columns as its removal kept them (a column not there had no value)
     */
    public void addedAgain(FrameworkRow row, Map<String, String> removedWith) {
        measure(null, row);
        rule(MeasureRepository.normalised(row)).forEach((column, value) -> {
            // a removal made before the decimal places were kept says nothing of them
            boolean known = !column.equals(DECIMALS) || removedWith.containsKey(DECIMALS);
            if (known && !Objects.equals(removedWith.get(column), value)) {
                changes.add(new Change(Kind.MEASURE, row.code(), column, removedWith.get(column), value));
            }
        });
    }

    /**
     * The row's rating rule, column by column in the file's order, each as the file writes it (null for none), and the
     * decimal places its figures are rounded to before they are judged (the default when the file leaves it blank).
     */
    private static Map<String, String> rule(FrameworkRow row) {
        Map<String, String> rule = new LinkedHashMap<>();
        FrameworkFileWriter.byColumn(row).forEach((column, value) -> {
            if (FrameworkEvent.RULE_COLUMNS.contains(column)) {
                rule.put(column, text(value));
            } else if (column.equals(DECIMALS)) {
                rule.put(column, String.valueOf(row.decimals() == null ? MeasureRule.DEFAULT_DECIMALS
                        : row.decimals()));
            }
        });
        return rule;
    }

    /**
     * The quarter a measure added once a quarter's report is published is reported from (ReportedUntil): set by its
     * addition, not by a file's column, so kept beside its "added"; nothing for one reported from Q1.
     */
    public void reportedFrom(String code, Integer quarter) {
        if (quarter != null) {
            changes.add(new Change(Kind.MEASURE, code, REPORTED_FROM, null, quarter.toString()));
        }
    }

    public void added(Kind kind, String code, String title) {
        changes.add(new Change(kind, code, FrameworkEvent.ADDED, null, title));
    }

    public void removed(Kind kind, String code, String title) {
        changes.add(new Change(kind, code, FrameworkEvent.REMOVED, title, null));
    }

    /**
     * A measure's past figure a history file gives, when it differs from the stored one (from null: none was stored):
     * "history 2016-17 outturn" for a year's outturn, "history 2016-17 Q2" for a quarter's own figure.
     */
    public void pastFigure(String code, String year, Integer quarter, String from, String to) {
        setting(Kind.MEASURE, code, "history " + year + (quarter == null ? " outturn" : " Q" + quarter), from, to);
    }

    /** A framework setting of the year (its band edges), when it differs. */
    public void setting(String what, String from, String to) {
        setting(Kind.YEAR, "", what, from, to);
    }

    private void setting(Kind kind, String code, String what, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new Change(kind, code, what, from, to));
        }
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private void differences(Kind kind, String code, Map<String, Object> before, Map<String, Object> after) {
        after.forEach((column, value) -> {
            String from = text(before.get(column));
            String to = text(value);
            if (!Objects.equals(from, to)) {
                changes.add(new Change(kind, code, column, from, to));
            }
        });
    }

    /** A key action's cells under the key actions file's column names, its optional outcome last. */
    private static Map<String, Object> columns(KeyActionRow row) {
        List<String> values = Arrays.asList(row.code(), row.title(), row.directorate(), row.service(), row.theme(),
                MeasureRepository.blankToNull(row.outcome()));
        List<String> names = new ArrayList<>(KeyActionFileParser.REQUIRED);
        names.add("outcome");
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            cells.put(names.get(i), values.get(i));
        }
        return cells;
    }

    /** As the file writes a cell: numbers plain, words as written, an empty cell as none. */
    static String text(Object cell) {
        if (cell == null) {
            return null;
        }
        String text = cell instanceof BigDecimal number ? number.toPlainString()
                : cell instanceof Enum<?> word ? word.name() : cell.toString();
        return text.isEmpty() ? null : text;
    }
}
