package uk.quarterlyreturns.compliance.ui;

import java.util.List;

/**
 * What a chase by hand did, in words: a service where nobody has an email address has its chase recorded but
 * reaches nobody, so it is not counted among those emailed as if it had been.
 */
final class ChaseNotice {

    private ChaseNotice() {
    }

    /**
     * "Chased 4 services; 1 has nobody with an email address (Housing): recorded, not sent. The other 3: 6 emails
     * queued for delivery (…)".
     *
     * @param unreachable the services chased where nobody has an email address
     * @param emailed what became of the emails to the others (unused when there are none)
     */
    static String afterSending(int chased, List<String> unreachable, String emailed) {
        String done = "Chased " + chased + (chased == 1 ? " service" : " services");
        if (unreachable.isEmpty()) {
            return done + ": " + emailed;
        }
        int others = chased - unreachable.size();
        return done + "; " + nobody(unreachable) + ": recorded, not sent"
                + (others == 0 ? "" : ". The other " + others + ": " + emailed);
    }

    /** Said before sending, so that the person chasing can reach those services some other way. */
    static String beforeSending(List<String> unreachable) {
        return nobody(unreachable) + ": " + (unreachable.size() == 1 ? "its chase" : "their chases")
                + " will be recorded, not sent. Give someone there an address, or chase them another way.";
    }

    private static String nobody(List<String> unreachable) {
        return unreachable.size() + (unreachable.size() == 1 ? " has" : " have") + " nobody with an email address ("
                + names(unreachable) + ")";
    }

    private static String names(List<String> services) {
        int last = services.size() - 1;
        return last == 0 ? services.get(0) : String.join(", ", services.subList(0, last)) + " and " + services.get(last);
    }
}
