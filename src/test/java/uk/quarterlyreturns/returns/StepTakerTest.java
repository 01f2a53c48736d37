package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.people.Person;

/**
 * An account saved before a rule kept two of its roles apart (the rules now refuse it on saving) takes none of the
 * steps where one role would check the other's work, until an administrator changes its roles.
 */
class StepTakerTest {

    private static final long HOUSING = 7;
    private static final ServiceReturn SIGNED_OFF = new ServiceReturn(1, 1, HOUSING, "Housing", 1, "Place",
            ReturnStatus.SIGNED_OFF, null, null, null, null, null, null, null, null, 1, null, null);

    @Test
    void anAdministratorWhoIsAlsoChiefExecutiveDoesNotApproveTheReport() {
        assertThat(taker(EnumSet.of(Role.CHIEF_EXECUTIVE), null).mayTakeReportStep(CycleProcess.TASK_APPROVE_REPORT))
                .isTrue();
        assertThat(taker(EnumSet.of(Role.ADMIN, Role.CHIEF_EXECUTIVE), null)
                .mayTakeReportStep(CycleProcess.TASK_APPROVE_REPORT)).isFalse();
        assertThat(taker(EnumSet.of(Role.PERFORMANCE_TEAM, Role.CHIEF_EXECUTIVE), null)
                .mayTakeReportStep(CycleProcess.TASK_APPROVE_REPORT)).isFalse();
    }

    @Test
    void aDirectorWhoIsAlsoInThePerformanceTeamNeitherSignsOffNorChecks() {
        assertThat(taker(EnumSet.of(Role.SERVICE_DIRECTOR), HOUSING).maySignOff(SIGNED_OFF)).isTrue();
        StepTaker both = taker(EnumSet.of(Role.SERVICE_DIRECTOR, Role.PERFORMANCE_TEAM), HOUSING);
        assertThat(both.maySignOff(SIGNED_OFF)).isFalse();
        assertThat(both.mayTake(SIGNED_OFF, ReturnProcess.TASK_SIGN_OFF)).isFalse();
        assertThat(both.mayTake(SIGNED_OFF, ReturnProcess.TASK_QUALITY_CHECK)).isFalse();
        assertThat(taker(EnumSet.of(Role.PERFORMANCE_TEAM), null).mayTake(SIGNED_OFF,
                ReturnProcess.TASK_QUALITY_CHECK)).isTrue();
    }

    private static StepTaker taker(Set<Role> roles, Long serviceId) {
        return new StepTaker(new Person("both", "Bea Both", "both@council.test", roles, serviceId, null, true, false,
                false), Set.of());
    }
}
