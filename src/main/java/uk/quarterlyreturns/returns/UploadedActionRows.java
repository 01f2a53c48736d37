package uk.quarterlyreturns.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.StoredCodes;

/**
 * The "Key actions" sheet of an uploaded return: each row's status (by the words the download writes, in any
 * letters), commentary, reasons and actions planned, for one of the return's due key actions found by its code.
 * The title is there to inform and is not read; a row that gives nothing leaves its key action as it is.
 */
final class UploadedActionRows {

    static final List<String> READ = List.of("status", "commentary", "reasons", "actions_planned");

    /** The statuses the form offers a key action: Missing and Not due are facts about a return, not ratings. */
    static final List<Rag> STATUSES = List.of(Rag.GREEN, Rag.AMBER_GREEN, Rag.AMBER, Rag.RED_AMBER, Rag.RED);

    private UploadedActionRows() {
    }

    /** @return the rows that give something, good or not (problems are added); counts the others in nothing[0] */
    static List<ActionGiven> read(TabularFile sheet, Set<String> dueCodes, List<UploadProblem> problems,
            int[] nothing) {
        String name = ReturnUpload.ACTIONS;
        if (!sheet.rows().isEmpty() && !sheet.hasColumn("code")) {
            problems.add(new UploadProblem(name, 1, "code", "The column code is missing: add a column headed code"));
            return List.of();
        }
        StoredCodes codes = new StoredCodes(dueCodes);
        Map<String, Integer> firstRows = new HashMap<>();
        List<ActionGiven> given = new ArrayList<>();
        for (TabularRow row : sheet.rows()) {
            UploadCells cells = new UploadCells(name, row, problems);
            Rag status = cells.rating("status", STATUSES);
            String commentary = cells.text("commentary");
            String reasons = cells.text("reasons");
            String actionsPlanned = cells.text("actions_planned");
            if (READ.stream().allMatch(column -> row.get(column).isEmpty())) {
                nothing[0]++;
                continue;
            }
            String code = cells.code(codes, firstRows, c -> c + " is not a key action of this return");
            given.add(new ActionGiven(code, status, commentary, reasons, actionsPlanned));
        }
        return given;
    }
}
