package uk.quarterlyreturns.framework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.io.FrameworkRow;

/**
 * Imports a reporting year's framework files of docs/formats.md: its measures and key actions (figures go through
 * {@link FigureImport}). Each import is one transaction: any bad row rejects the whole file, naming every bad row,
 * and nothing changes. A file of measures is worked by {@link MeasureImport}, one of key actions by
 * {@link KeyActionImport}.
 */
@Service
public class FrameworkImport {

    private final MeasureImport measures;
    private final KeyActionImport keyActions;
    private final ReportedUntilChanges lastQuarters;

    FrameworkImport(MeasureImport measures, KeyActionImport keyActions, ReportedUntilChanges lastQuarters) {
        this.measures = measures;
        this.keyActions = keyActions;
        this.lastQuarters = lastQuarters;
    }

    /**
     * What reporting a stored measure only until the quarter would do, said before it is saved: the returns that no
     * longer ask for it, and what is kept of anything already entered in them. Nothing changes.
     */
    @Transactional(readOnly = true)
    public String reportedUntilConsequences(ReportingYear year, String code, int until) {
        return lastQuarters.consequences(year, code, until);
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
        return measures.importFile(yearLabel, file, false, null, edit);
    }

    /**
     * New measures only, as the Framework screen's "New measure" saves one: a code the year already has, in any
     * letters, is refused on its row rather than overwriting that measure.
     */
    @Transactional
    public ImportResult addMeasures(String yearLabel, TabularFile file, FrameworkEdit edit) {
        return measures.importFile(yearLabel, file, true, null, edit);
    }

    /**
     * One stored measure changed on the Framework screen, from the definition the screen read: refused when the
     * measure is no longer that (another officer, another tab or an import changed or removed it meanwhile), so
     * that nobody's change is overwritten unseen.
     */
    @Transactional
    public ImportResult changeMeasure(String yearLabel, TabularFile file, FrameworkRow read, FrameworkEdit edit) {
        return measures.importFile(yearLabel, file, false, read, edit);
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
        return keyActions.importFile(yearLabel, file, edit);
    }
}
