package uk.quarterlyreturns.returns;

import java.util.List;

/** A return cannot go in (or be signed off) yet: the problems say what to put right. */
public class ReturnNotReadyException extends RuntimeException {

    private final List<ReturnChecks.Problem> problems;

    public ReturnNotReadyException(List<ReturnChecks.Problem> problems) {
        this(problems, "submitted");
    }

    /** @param step the step refused, in words: "submitted", "signed off" */
    public ReturnNotReadyException(List<ReturnChecks.Problem> problems, String step) {
        super(problems.size() + (problems.size() == 1 ? " item needs" : " items need") + " attention before the"
                + " return can be " + step + ": " + String.join("; ",
                problems.stream().map(p -> p.code() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ReturnChecks.Problem> problems() {
        return problems;
    }
}
