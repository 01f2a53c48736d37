package uk.quarterlyreturns.returns;

import java.util.Comparator;
import java.util.List;

/** An upload into a return's form refused as a whole: nothing was entered. Carries every problem found at once. */
public class UploadRefusedException extends RuntimeException {

    private final transient List<UploadProblem> problems;

    UploadRefusedException(List<UploadProblem> problems) {
        super(problems.size() + " problem(s) in the file; nothing was entered");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused upload needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem, the measures' sheet first, each sheet in row order. */
    public List<UploadProblem> problems() {
        return problems;
    }

    static Comparator<UploadProblem> inFileOrder() {
        return Comparator.comparing((UploadProblem p) -> p.sheet() != null && p.sheet().equals(ReturnUpload.ACTIONS))
                .thenComparingInt(UploadProblem::row);
    }
}
