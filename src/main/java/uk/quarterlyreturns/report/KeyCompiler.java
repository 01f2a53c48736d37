package uk.quarterlyreturns.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.quarterlyreturns.framework.Rag;

/** Writes the key to ratings from the rules the framework uses. */
final class KeyCompiler {

    private KeyCompiler() {
    }

    static RatingKey compile(RatingRules rules) {
        List<BigDecimal> edges = rules == null || rules.fivePointEdges().size() != 3
                ? List.of(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("15"))
                : rules.fivePointEdges();
        String e1 = Figures.percent(edges.get(0));
        String e2 = Figures.percent(edges.get(1));
        String e3 = Figures.percent(edges.get(2));
        List<KeyEntry> five = List.of(
                entry(Rag.GREEN, "Target met or exceeded"),
                entry(Rag.AMBER_GREEN, "Short of target by up to " + e1),
                entry(Rag.AMBER, "Short of target by more than " + e1 + ", up to " + e2),
                entry(Rag.RED_AMBER, "Short of target by more than " + e2 + ", up to " + e3),
                entry(Rag.RED, "Short of target by more than " + e3));
        List<KeyEntry> three = List.of(
                entry(Rag.GREEN, "Target met or exceeded"),
                entry(Rag.AMBER, "Short of target, but on or better than the floor standard (or within the"
                        + " tolerance)"),
                entry(Rag.RED, "Worse than the floor standard (or beyond the tolerance)"));
        List<KeyEntry> summary = List.of(
                new KeyEntry("On track", "G + A/G", "rag-green", "Green and Amber/Green items"),
                new KeyEntry("At risk", "A", "rag-amber", "Amber items"),
                new KeyEntry("Off track", "R/A + R", "rag-red", "Red/Amber and Red items"),
                new KeyEntry("Missing", "M", "rag-missing", "Expected but not returned by the deadline"));
        List<KeyEntry> statuses = List.of(
                entry(Rag.NOT_DUE, "Not expected this quarter (for example an annual measure outside its"
                        + " quarter); counted apart and left out of the percentages"),
                entry(Rag.NONE, "No rating: no target, a target to be agreed (TBA), or a measure not rated"
                        + " against its target (such as an activity indicator); counted apart and left out of the"
                        + " percentages"),
                entry(Rag.MISSING, "A figure or status was expected but had not been returned by the"
                        + " deadline, or its return was sent back for rework and not yet submitted again; counted in"
                        + " the percentages"));
        return new RatingKey(five, three, summary, statuses, rules(rules, e1, e2, e3),
                "Direction of travel compares this quarter's figure with the previous quarter's (for a"
                        + " cumulative measure, with the same quarter last year; for an annual measure, with last"
                        + " year's figure), judged by whether higher or"
                        + " lower is better: ↑ Improved, → Unchanged (equal at the precision printed), ↓ Worsened."
                        + " \"No comparison\" means there is no earlier figure to compare with.");
    }

    private static List<String> rules(RatingRules rules, String e1, String e2, String e3) {
        List<String> out = new ArrayList<>();
        out.add("The shortfall is how far the figure falls short of its target, as a percentage of the target."
                + " A cumulative measure is judged on its year to date against the target profiled to the"
                + " quarter; when an earlier quarter has no figure, against the shares of the quarters in only,"
                + " and the missing quarter is named (\"30 cum to date, Q1 missing\").");
        if (rules == null || rules.fivePoint()) {
            out.add("Five-point scale: shortfall edges " + e1 + ", " + e2 + " and " + e3 + ".");
        }
        if (rules == null || rules.targetFloor()) {
            out.add("Target and floor: Green at or better than target, Amber between target and floor"
                    + " standard, Red worse than the floor standard. Each such measure's floor is printed beside its"
                    + " target (\"Floor: 80%\").");
        }
        if (rules == null || !rules.tolerancePcts().isEmpty()) {
            String tolerances = rules == null ? "its stated tolerance"
                    : rules.tolerancePcts().stream().map(Figures::percent).collect(Collectors.joining(", "));
            out.add("Tolerance: Green at or better than target, Amber when short by no more than "
                    + tolerances + " of the target, Red beyond. Each such measure's tolerance is printed beside its"
                    + " target (\"Tolerance: 10% of target\").");
        }
        out.add("A director may set a different RAG only with a written justification; the report marks it *"
                + " and prints the justification with the RAG the rule gave.");
        return out;
    }

    private static KeyEntry entry(Rag rag, String meaning) {
        return new KeyEntry(rag.code(), rag.label(), RagCells.style(rag), meaning);
    }
}
