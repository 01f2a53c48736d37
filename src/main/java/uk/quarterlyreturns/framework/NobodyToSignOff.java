package uk.quarterlyreturns.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.ImportError;

/**
 * While a quarter is being collected, a row giving a service its first measure or key action due in it issues the
 * service's return at once; as opening the cycle is refused for a service with nobody to sign its return off (no
 * enabled service director, no deputy for the day), so is such a row, on its service. Checked with the file's other
 * refusals, so that one refusal names them all. A service the file brings in is let through: nobody could have been
 * named its director before it existed (the import's result says so instead).
 */
@Component
class NobodyToSignOff {

    private final ReturnsBeingCollected collecting;
    private final YearStructure structure;

    NobodyToSignOff(ReturnsBeingCollected collecting, YearStructure structure) {
        this.collecting = collecting;
        this.structure = structure;
    }

    /** A service given its first return: the first row (by index) doing so, and the quarter. */
    private record Gain(int index, int quarter, String name) { }

    /**
     * @param joins     the rows (by index, in the file's order) whose item joins its service's returns
     * @param rowNumber each row's number in the file, by index
     * @param existing  the services there were before the import
     */
    List<ImportError> issuingReturns(ReportingYear year, Map<Integer, ReturnJoin> joins, IntUnaryOperator rowNumber,
            Set<Long> existing) {
        if (joins.isEmpty()) {
            return List.of();
        }
        Map<Long, Gain> gaining = new LinkedHashMap<>();
        collecting.issued(year.id()).forEach((quarter, issued) -> joins.forEach((i, join) -> {
            if (existing.contains(join.service()) && !issued.contains(join.service()) && join.dueIn().test(quarter)) {
                gaining.putIfAbsent(join.service(), new Gain(i, quarter, join.serviceName()));
            }
        }));
        if (gaining.isEmpty()) {
            return List.of(); // most changes: nobody's return to issue
        }
        Set<Long> unsigned = structure.nobodyToSignOff(gaining.keySet());
        List<ImportError> errors = new ArrayList<>();
        gaining.forEach((service, gain) -> {
            if (unsigned.contains(service)) {
                errors.add(new ImportError(rowNumber.applyAsInt(gain.index()), "service",
                        NoDirectorException.refusal(gain.name(), gain.quarter())));
            }
        });
        return errors;
    }
}
