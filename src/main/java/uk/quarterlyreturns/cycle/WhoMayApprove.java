package uk.quarterlyreturns.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.mail.templates.MailKind;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserRules;

/**
 * Who may approve a cycle's report: an enabled chief executive who had no hand in it nor in its returns
 * (ReportDuties). A report sent
 * for approval that nobody may approve would wait unseen, so those who can name another are told.
 */
@Component
class WhoMayApprove {

    private final PeopleService people;
    private final RevisionsSent revisionsSent;
    private final ReportWriters writers;
    private final ReportMails mails;
    private final ReturnsWorkedOn returnsWorkedOn;

    WhoMayApprove(PeopleService people, RevisionsSent revisionsSent, ReportWriters writers, ReportMails mails,
            ReturnsWorkedOn returnsWorkedOn) {
        this.people = people;
        this.revisionsSent = revisionsSent;
        this.writers = writers;
        this.mails = mails;
        this.returnsWorkedOn = returnsWorkedOn;
    }

    /**
     * A report sent for approval that no chief executive may approve would wait unseen: the performance team and the
     * administrators, who can name another, are told why, once for the step that found it so.
     */
    void tellIfNobodyApproves(long cycleId, CycleReports.ReportSummary report, String step) {
        whyNobodyApproves(cycleId).ifPresent(why -> {
            Map<String, Person> told = new LinkedHashMap<>();
            for (Role role : List.of(Role.PERFORMANCE_TEAM, Role.ADMIN)) {
                people.withRole(role).forEach(p -> told.putIfAbsent(p.username(), p));
            }
            mails.send(MailKind.REPORT_NOBODY_APPROVES, cycleId, report, step, why, List.copyOf(told.values()));
        });
    }

    /** See {@link ReportApproval#whyNobodyApproves()}. */
    Optional<String> whyNobodyApproves() {
        return people.withRole(Role.CHIEF_EXECUTIVE).isEmpty() ? Optional.of("Nobody can approve it yet: there is no"
                + " chief executive. An administrator names one under Users (or in the people file), who then finds"
                + " the report in their inbox.") : Optional.empty();
    }

    /** See {@link ReportApproval#whyNobodyApproves(long)}. */
    Optional<String> whyNobodyApproves(long cycleId) {
        List<Person> chiefs = people.withRole(Role.CHIEF_EXECUTIVE);
        if (chiefs.isEmpty()) {
            return whyNobodyApproves();
        }
        List<ReportDuties.Work> work = work(cycleId);
        if (chiefs.stream().anyMatch(p -> whyNotApprove(p, work).isEmpty())) {
            return Optional.empty();
        }
        String names = String.join(" and ", chiefs.stream().map(Person::displayName).toList());
        return Optional.of("Nobody can approve it yet: " + names + (chiefs.size() == 1
                ? ", the only chief executive, had a hand in it" : ", the chief executives, each had a hand in it")
                + ", and nobody checks their own work. An administrator names another chief executive under Users (or"
                + " in the people file), who then finds the report in their inbox; until then the report waits.");
    }

    /**
     * The chief executives asked to approve the cycle's report: only those who may (a chief executive who wrote part
     * of it, or whose account holds a role kept apart, is refused the approval, so is not asked for it).
     */
    List<Person> askedToApprove(long cycleId, List<Person> chiefs) {
        List<ReportDuties.Work> work = work(cycleId);
        return chiefs.stream().filter(p -> whyNotApprove(p, work).isEmpty()).toList();
    }

    /** See {@link ReportApproval#whyNotApprove}. */
    Optional<String> whyNotApprove(long cycleId, String user) {
        Optional<String> rolesKeptApart = people.find(user).flatMap(UserRules::rolesKeptApart);
        return rolesKeptApart.isPresent() ? rolesKeptApart : ReportDuties.whyNotApprove(user, work(cycleId));
    }

    /** As {@link #whyNotApprove(long, String)}, the cycle's work read once for every chief executive asked about. */
    private static Optional<String> whyNotApprove(Person chief, List<ReportDuties.Work> work) {
        return UserRules.rolesKeptApart(chief).or(() -> ReportDuties.whyNotApprove(chief.username(), work));
    }

    /** Everyone's work on the cycle's report and on the returns it prints. */
    private List<ReportDuties.Work> work(long cycleId) {
        List<ReportDuties.Work> work = new ArrayList<>();
        revisionsSent.of(cycleId).forEach(s -> work.add(new ReportDuties.Work(s.by(), ReportDuties.SENT_REVISED)));
        writers.of(cycleId).forEach(w -> work.add(new ReportDuties.Work(w.by(), ReportDuties.wrote(w.part()))));
        work.addAll(returnsWorkedOn.of(cycleId));
        return work;
    }
}
