package uk.quarterlyreturns.cycle;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.people.ChiefExecutiveLeft;
import uk.quarterlyreturns.people.ChiefExecutiveNamed;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/** A chief executive named or gone while a report waits for approval: who is told, so that it does not wait unseen. */
@Component
class ChiefExecutiveChanges {

    private final CycleRepository cycles;
    private final CycleReports reports;
    private final PeopleService people;
    private final ReportSteps steps;
    private final ReportMails mails;
    private final WhoMayApprove whoMayApprove;

    ChiefExecutiveChanges(CycleRepository cycles, CycleReports reports, PeopleService people, ReportSteps steps,
            ReportMails mails, WhoMayApprove whoMayApprove) {
        this.cycles = cycles;
        this.reports = reports;
        this.people = people;
        this.steps = steps;
        this.mails = mails;
        this.whoMayApprove = whoMayApprove;
    }

    /**
     * A chief executive named while a report waits for approval gets the mail it was sent with, as their predecessor
     * did: a people file that names the first one, say, after the report was compiled. Once for each decision step.
     */
    @EventListener
    void onChiefExecutiveNamed(ChiefExecutiveNamed named) {
        List<Person> ceo = people.find(named.username()).stream().toList();
        for (Cycle cycle : cycles.all()) {
            if (cycle.status() == CycleStatus.AWAITING_APPROVAL) {
                steps.decision(cycle.id()).ifPresent(step -> {
                    mails.send(MailKind.REPORT_FOR_APPROVAL, cycle.id(), reports.current(cycle.id()), "named-" + step,
                            null, whoMayApprove.askedToApprove(cycle.id(), ceo));
                    // one named who had a hand in it: still nobody may approve it
                    whoMayApprove.tellIfNobodyApproves(cycle.id(), reports.current(cycle.id()),
                            "named-" + step + "-" + named.username());
                });
            }
        }
    }

    /**
     * A chief executive disabled, or no longer one, while a report waits for approval may have been the only one who
     * could approve it: the performance team and the administrators are told, as when the report was sent with nobody
     * to approve it, once for each such change (the key names its transaction: a people file that takes two chief
     * executives tells once; each later change that leaves the report so tells again).
     */
    @EventListener
    void onChiefExecutiveLeft(ChiefExecutiveLeft left) {
        for (Cycle cycle : cycles.all()) {
            if (cycle.status() == CycleStatus.AWAITING_APPROVAL) {
                steps.decision(cycle.id()).ifPresent(step -> whoMayApprove.tellIfNobodyApproves(cycle.id(),
                        reports.current(cycle.id()), "left-" + step + "-change-" + mails.transaction()));
            }
        }
    }
}
