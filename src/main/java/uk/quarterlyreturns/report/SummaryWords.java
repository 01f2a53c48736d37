package uk.quarterlyreturns.report;

import java.util.ArrayList;
import java.util.List;

/** The executive summary's sentences, in the words of the Cabinet reports they replace. */
final class SummaryWords {

    private SummaryWords() {
    }

    /**
     * "There are 37 actions and 66 measures included in the Q2 performance report.", what is left out, and how many
     * figures are provisional.
     */
    static String introduction(ReportInput in, int notDue, int noRag) {
        String text = "There are " + plural(in.actions().size(), "action") + " and "
                + plural(in.measures().size(), "measure") + " included in the Q" + in.quarter()
                + " performance report.";
        List<String> apart = new ArrayList<>();
        if (notDue > 0) {
            apart.add(notDue + (notDue == 1 ? " is" : " are") + " not due this quarter");
        }
        if (noRag > 0) {
            apart.add(noRag + (noRag == 1 ? " has" : " have") + " no RAG (no target, a target to be agreed, or"
                    + " not rated against its target)");
        }
        if (!apart.isEmpty()) {
            text += " Of these, " + String.join(" and ", apart)
                    + "; they are counted apart and left out of the percentages.";
        }
        long provisional = in.measures().stream().filter(MeasureLine::provisional).count();
        if (provisional > 0) {
            // said up front: a provisional figure may be revised, and Cabinet reads the report knowing how many are
            text += " " + plural((int) provisional, "figure") + " this quarter " + (provisional == 1 ? "is" : "are")
                    + " provisional and may be revised (marked p).";
        }
        return text;
    }

    /**
     * "54% of all actions and measures are assessed as on track, with 25% off track and 16% at risk and
     * 5% missing." The missing part is left out when nothing is missing, as the seed report does.
     */
    static String sentence(SummaryCounts counts, Shares shares) {
        if (counts.total() == 0) {
            return "No actions or measures were assessed this quarter.";
        }
        String text = shares.onTrack() + "% of all actions and measures are assessed as on track, with "
                + shares.offTrack() + "% off track and " + shares.atRisk() + "% at risk";
        if (counts.missing() > 0) {
            text += " and " + shares.missing() + "% missing";
        }
        return text + ".";
    }

    /** The performance team's commentary, split at blank lines into paragraphs. */
    static List<String> paragraphs(String commentary) {
        if (commentary == null || commentary.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String part : commentary.strip().split("\\R\\s*\\R")) {
            if (!part.isBlank()) {
                paragraphs.add(part.strip());
            }
        }
        return paragraphs;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
