package uk.quarterlyreturns.compliance.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Why each service a chase of several is for still owes its return, as they stand when the chase is previewed: not
 * yet in, sent back for rework or reopened for correction, the last two with the comment or reason their email gives.
 * One that has come in since the page was read is named apart: the chase will leave it out.
 */
final class OwedBecause {

    private OwedBecause() {
    }

    /** A line for each kind present: "2 sent back for rework: Housing (“RH-1 rose by 20 points”); Finance". */
    static List<String> lines(List<ServiceReturn> returns) {
        List<String> lines = new ArrayList<>();
        List<ServiceReturn> notIn = of(returns, r -> !r.isIn() && r.isChaseable());
        if (!notIn.isEmpty()) {
            lines.add(notIn.size() + " not yet in");
        }
        withComments(lines, of(returns, r -> r.status() == ReturnStatus.SENT_BACK),
                "sent back for rework, not yet submitted again");
        withComments(lines, of(returns, r -> r.status() == ReturnStatus.REOPENED),
                "reopened for correction, not yet submitted again");
        lines.addAll(notChased(returns));
        return lines;
    }

    /** "Since the page was read, Housing's return is submitted: it will not be chased"; empty when all still owe. */
    static List<String> notChased(List<ServiceReturn> returns) {
        List<ServiceReturn> done = of(returns, r -> !r.isChaseable());
        return done.isEmpty() ? List.of() : List.of("Since the page was read, " + String.join("; ", done.stream()
                .map(ServiceReturn::standing).toList()) + ": " + (done.size() == 1 ? "it" : "they")
                + " will not be chased");
    }

    private static void withComments(List<String> lines, List<ServiceReturn> returns, String why) {
        if (!returns.isEmpty()) {
            lines.add(returns.size() + " " + why + ": " + String.join("; ", returns.stream()
                    .map(r -> r.sentBackComment() == null ? r.serviceName()
                            : r.serviceName() + " (“" + r.sentBackComment() + "”)").toList()));
        }
    }

    private static List<ServiceReturn> of(List<ServiceReturn> returns, Predicate<ServiceReturn> which) {
        return returns.stream().filter(which).toList();
    }
}
