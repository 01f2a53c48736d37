package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.RagOverride;

/**
 * What a file uploaded into a return's form gives it: a values file (code, value, and optionally note, numerator,
 * denominator), or the return's own workbook filled in offline, whose measures' sheet adds the narratives, "not
 * available" reasons, the provisional mark and a director's override, and whose "Key actions" sheet the key
 * actions' statuses and words. A blank cell changes nothing (text is cleared on the form), nor does one giving
 * what the return holds or what the workbook held when downloaded, so the downloaded workbook uploads again
 * unchanged, and an old copy never undoes what was changed in the return since. All or nothing: every problem of
 * either sheet is named at once.
 */
public final class ReturnUpload {

    public static final String MEASURES = "Measures";
    public static final String ACTIONS = "Key actions";

    private ReturnUpload() {
    }

    /**
     * The return as the form holds it now, for the rows to be checked against.
     *
     * @param measures    every measure of the return, due or not, by code
     * @param actionCodes the return's due key actions
     * @param canOverride the person uploading may override a RAG (the return's director, or the deputy)
     * @param stored      each item's cells as the workbook would write them now, for a cell to be compared with
     */
    public record Form(int quarter, boolean canOverride, Map<String, MeasureNow> measures, Set<String> actionCodes,
            ItemCells stored) {

        public static Form of(ReturnSheet sheet, boolean canOverride) {
            Map<String, MeasureNow> measures = new LinkedHashMap<>();
            for (MeasureStatus m : sheet.measures()) {
                measures.put(m.measure().code(), new MeasureNow(m.measure(), m.value() != null, m.override()));
            }
            return new Form(sheet.quarter(), canOverride, measures,
                    sheet.actions().stream().map(KeyAction::code).collect(Collectors.toSet()), ItemCells.of(sheet));
        }
    }

    /** A measure as stored: whether it has a figure, and the override kept on it (or null). */
    public record MeasureNow(Measure measure, boolean hasFigure, RagOverride override) {
    }

    /**
     * @param measures  the rows that give a measure something, in file order
     * @param actions   the "Key actions" rows that give something
     * @param nothing   the rows of either sheet that give nothing, left as they were
     * @param unchanged the rows that give only what the return holds, or what the workbook held when downloaded
     * @param keptNewer the codes of unchanged rows whose items were changed in the return since the download
     */
    public record Given(List<MeasureGiven> measures, List<ActionGiven> actions, int nothing, int unchanged,
            List<String> keptNewer) {

        /** "12 values, 3 narratives, 4 key actions from return.xlsx entered in the form; 2 rows ...". */
        public String summary(String fileName) {
            List<String> parts = new ArrayList<>();
            count(parts, measures.stream().filter(m -> m.figure() != null).count(), "value", "values");
            count(parts, measures.stream().filter(m -> m.notAvailableReason() != null).count(),
                    "figure not available", "figures not available");
            count(parts, measures.stream().filter(MeasureGiven::givesNarrative).count(), "narrative", "narratives");
            count(parts, measures.stream().filter(m -> m.override() != null).count(), "RAG override",
                    "RAG overrides");
            count(parts, actions.size(), "key action", "key actions");
            String entered = parts.isEmpty() ? "Nothing" : String.join(", ", parts);
            List<String> left = new ArrayList<>();
            count(left, unchanged, "row unchanged", "rows unchanged");
            count(left, nothing, "row with nothing given", "rows with nothing given");
            return entered + " from " + fileName + " entered in the form" + (left.isEmpty() ? "" : "; "
                    + String.join(" and ", left) + " left as " + (unchanged + nothing == 1 ? "it was" : "they were"))
                    + "." + keptNewerWords() + " Check the RAGs and narratives below.";
        }

        /** Said of what the file would have put back over a later change, were it entered as typed. */
        private String keptNewerWords() {
            return keptNewer.isEmpty() ? "" : " " + String.join(", ", keptNewer) + (keptNewer.size() == 1 ? " was"
                    : " were") + " changed in the return after the workbook was downloaded: kept as the return has it.";
        }

        private static void count(List<String> parts, long n, String one, String many) {
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? one : many));
            }
        }
    }

    /**
     * What the file gives beside what the return holds: cells that give what it holds, or what the workbook held
     * when downloaded, are no change ({@link HeldBack}), and a row changing an item someone changed since the
     * download is refused with the rest.
     *
     * @param measures   the values file, or the workbook's "Measures" sheet (else its first visible sheet)
     * @param actions    the workbook's "Key actions" sheet, when it has one
     * @param workbook   the file is a workbook, whose sheets the problems name
     * @param downloaded the workbook's record of what it held when downloaded, when it has one of this return
     * @throws UploadRefusedException naming every problem of either sheet; nothing is to be entered
     * @throws uk.quarterlyreturns.base.tabular.TabularFileException when the measures have no rows
     */
    public static Given read(TabularFile measures, Optional<TabularFile> actions, boolean workbook, Form form,
            Optional<AsDownloaded> downloaded) {
        List<UploadProblem> problems = new ArrayList<>();
        HeldBack held = new HeldBack(form.stored(), downloaded, problems);
        int[] nothing = {0};
        String sheet = workbook ? MEASURES : null;
        List<MeasureGiven> measuresGiven = UploadedMeasureRows.read(held.apply(measures, sheet, MEASURES), sheet, form,
                problems, nothing);
        List<ActionGiven> actionsGiven = actions.map(a -> UploadedActionRows.read(held.apply(a, ACTIONS, ACTIONS),
                form.actionCodes(), problems, nothing)).orElse(List.of());
        if (!problems.isEmpty()) {
            throw new UploadRefusedException(onePerCell(problems));
        }
        // a row held back as unchanged gives nothing to the reading, which counted it with the empty ones
        return new Given(measuresGiven, actionsGiven, nothing[0] - held.unchanged(), held.unchanged(),
                held.keptNewer());
    }

    /**
     * What the form adds to its summary when a workbook has no "Key actions" sheet (renamed, or a values workbook) and
     * the return has key actions: they were not read, rather than seeming entered. Empty otherwise.
     */
    public static String keyActionsUnread(boolean workbook, Optional<TabularFile> actions, Form form) {
        return workbook && actions.isEmpty() && !form.actionCodes().isEmpty()
                ? "The workbook has no \"" + ACTIONS + "\" sheet: no key action was read from it." : "";
    }

    /** One message for each cell, the first found: a code the values file's own reading refused is not refused again. */
    private static List<UploadProblem> onePerCell(List<UploadProblem> problems) {
        Set<List<Object>> cells = new HashSet<>();
        List<UploadProblem> sorted = new ArrayList<>(problems);
        sorted.sort(UploadRefusedException.inFileOrder());
        return sorted.stream().filter(p -> p.row() == 0 || p.column() == null
                || cells.add(List.of(String.valueOf(p.sheet()), p.row(), p.column().toLowerCase()))).toList();
    }
}
