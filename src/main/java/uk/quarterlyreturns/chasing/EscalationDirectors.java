package uk.quarterlyreturns.chasing;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.ContinuedDirectorates;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * Whom a return's first escalation goes to: the strategic directors of the directorate the service sat in that year.
 * When none can be reached there, those who answer for that directorate since (its strategic directors moved with
 * it to the one it continues as, as compliance and reading answer them: DirectorateContinuations), then those of the
 * directorate the service sits in now. A restructure would otherwise send last year's late fourth quarter of a
 * service it closed to the performance team alone, and neither its strategic director nor their cover would hear.
 */
@Component
class EscalationDirectors {

    private final PeopleService people;
    private final Organisation organisation;
    private final ContinuedDirectorates continuations;

    EscalationDirectors(PeopleService people, Organisation organisation, ContinuedDirectorates continuations) {
        this.people = people;
        this.organisation = organisation;
        this.continuations = continuations;
    }

    /** The strategic directors to escalate the return of the reporting year to; those of that year when none. */
    List<Person> of(ServiceReturn r, long yearId) {
        List<Person> thatYear = people.inDirectorate(r.directorateId(), Role.STRATEGIC_DIRECTOR);
        if (reached(thatYear)) {
            return thatYear;
        }
        List<Person> since = continuations.continuedAs(r.directorateId(), yearId).stream()
                .filter(id -> id != r.directorateId()).sorted()
                .flatMap(id -> people.inDirectorate(id, Role.STRATEGIC_DIRECTOR).stream()).toList();
        if (reached(since)) {
            return since;
        }
        return organisation.findService(r.serviceId()).filter(now -> now.directorateId() != r.directorateId())
                .map(now -> people.inDirectorate(now.directorateId(), Role.STRATEGIC_DIRECTOR))
                .filter(EscalationDirectors::reached).orElse(thatYear);
    }

    private static boolean reached(List<Person> directors) {
        return directors.stream().anyMatch(ChaseStepMail::reachable);
    }
}
