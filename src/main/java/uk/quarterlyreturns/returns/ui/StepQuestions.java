package uk.quarterlyreturns.returns.ui;

import uk.quarterlyreturns.returns.QualityCheckClaims;

/**
 * What the return's page asks before a step its taker cannot take back: what the step vouches for, where the return
 * goes and who is emailed (as chasing's ReturnStepMails sends: the service's staff, never whoever took the step).
 */
final class StepQuestions {

    record Question(String header, String text, String confirm) {
    }

    private StepQuestions() {
    }

    static Question signOff(String service) {
        return new Question("Sign off " + service + "'s return?", "You confirm the return's figures and narratives;"
                + " it goes to the performance team's quality check and you can no longer change it.", "Sign off");
    }

    /** @param atSignOff sent back by its director (or deputy) at sign-off, else by the performance team */
    static Question sendBack(String service, boolean atSignOff) {
        return new Question("Send " + service + "'s return back?", atSignOff
                ? "It goes back to the service with your comment: its data officers are emailed, and so are its"
                        + " director and any deputy for today other than you. It comes back for sign-off once it"
                        + " is submitted again."
                : "It goes back to the service with your comment: its director, any deputy for today and its data"
                        + " officers are emailed. It goes round submission, sign-off and the quality check again.",
                "Send back");
    }

    /** Before deciding a check a colleague holds: their challenges being typed would be refused. */
    static Question claimed(QualityCheckClaims.Claim claim) {
        return new Question(claim.name() + " is checking this return; act anyway?", claim.name() + " claimed its"
                + " quality check" + claim.sinceWhen() + " and may be typing challenges, which deciding now would"
                + " refuse: check with them first if you can. Acting anyway takes the check over from them, and the"
                + " return's history says so.", "Act anyway");
    }

    /** Sending back a return the published report prints as submitted: it is reopened for correction. */
    static Question sendBackToCorrect(String service) {
        return new Question("Send " + service + "'s return back for correction?", "The published report prints it as"
                + " submitted, so it is reopened with your reason: its director and data officers are emailed, and"
                + " it goes round submission, sign-off and the quality check again. Once it is accepted, the"
                + " corrected report goes to the chief executive and is published as the next version.",
                "Send back");
    }

    static Question accept(String service) {
        return new Question("Accept " + service + "'s return?", "It is locked as checked: to correct it afterwards,"
                + " the performance team must reopen it with a reason, which emails the service. Once every return"
                + " is accepted, the report is compiled and goes to the chief executive.", "Accept");
    }

    /** @param published whether the quarter's report is already published: reopening then starts a correction */
    static Question reopen(String service, boolean published) {
        return new Question("Reopen " + service + "'s return?", "It goes back to the service with your reason,"
                + " its director and data officers are emailed, and it goes round sign-off and the quality check"
                + " again." + (published ? " The report is already published: once the return is accepted again,"
                        + " the corrected report goes to the chief executive and is published as the next version."
                        : ""), "Reopen return");
    }
}
