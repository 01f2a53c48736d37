package uk.quarterlyreturns.compliance.ui;

import java.util.List;

/**
 * What a chase by hand will do, in words: a service where nobody has an email address cannot be chased by email, so
 * it is named before sending, and left out of the chase (named with the others not chased, and why).
 */
final class ChaseNotice {

    private ChaseNotice() {
    }

    /**
     * "Chased 4 services: 6 emails queued for delivery (…)".
     *
     * @param emailed what became of the emails
     */
    static String afterSending(int chased, String emailed) {
        return "Chased " + chased + (chased == 1 ? " service" : " services") + ": " + emailed;
    }

    /** Said before sending, so that the person chasing can reach those services some other way. */
    static String beforeSending(List<String> unreachable) {
        return unreachable.size() + (unreachable.size() == 1 ? " has" : " have") + " nobody with an email address ("
                + names(unreachable) + "): " + (unreachable.size() == 1 ? "it" : "they") + " will not be chased, as"
                + " nothing can be sent. Give someone there an address, or chase them another way.";
    }

    private static String names(List<String> services) {
        int last = services.size() - 1;
        return last == 0 ? services.get(0) : String.join(", ", services.subList(0, last)) + " and " + services.get(last);
    }
}
