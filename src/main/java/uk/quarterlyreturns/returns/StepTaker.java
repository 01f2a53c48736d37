package uk.quarterlyreturns.returns;

import java.util.Set;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserRules;

/**
 * A person and the services they deputise for today: who may prepare and sign off which return, decided without
 * reading anything more (an inbox's many steps).
 */
public record StepTaker(Person person, Set<Long> deputising) {

    public boolean mayPrepare(ServiceReturn r) {
        return isDirector(r) || (person.has(Role.DATA_OFFICER) && r.serviceId() == nz(person.serviceId()))
                || deputising.contains(r.serviceId());
    }

    public boolean maySignOff(ServiceReturn r) {
        return !person.has(Role.DATA_OFFICER) && (isDirector(r) || deputising.contains(r.serviceId()))
                && UserRules.rolesKeptApart(person).isEmpty();
    }

    /**
     * A disabled person takes no step: one they claimed goes to those who may take it now. Nor does someone whose
     * roles are kept apart (an account from before the rule) sign off, accept or approve.
     */
    public boolean mayTake(ServiceReturn r, String taskKey) {
        return person.enabled() && switch (taskKey) {
            case ReturnProcess.TASK_COMPLETE_RETURN -> mayPrepare(r);
            case ReturnProcess.TASK_SIGN_OFF -> maySignOff(r);
            case ReturnProcess.TASK_QUALITY_CHECK -> person.has(Role.PERFORMANCE_TEAM)
                    && UserRules.rolesKeptApart(person).isEmpty();
            default -> false;
        };
    }

    /**
     * The report's own steps: its approval is the chief executive's, its revision the performance team's, whoever
     * holds the role now (a chief executive replaced or disabled takes neither, even one they claimed).
     */
    public boolean mayTakeReportStep(String taskKey) {
        return person.enabled() && switch (taskKey) {
            case CycleProcess.TASK_APPROVE_REPORT -> person.has(Role.CHIEF_EXECUTIVE)
                    && UserRules.rolesKeptApart(person).isEmpty();
            case CycleProcess.TASK_REVISE_REPORT -> person.has(Role.PERFORMANCE_TEAM);
            default -> false;
        };
    }

    private boolean isDirector(ServiceReturn r) {
        return person.has(Role.SERVICE_DIRECTOR) && r.serviceId() == nz(person.serviceId());
    }

    private static long nz(Long id) {
        return id == null ? -1 : id;
    }
}
