package uk.quarterlyreturns.returns;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.people.DeputyClaims;

/** The open steps of the service's returns that the deputy has claimed, as OfferStepsToDeputies would let them go. */
@Component
class DeputyClaimsQuery implements DeputyClaims {

    private final OfferStepsToDeputies offers;
    private final ReturnRepository returns;
    private final CycleRepository cycles;

    DeputyClaimsQuery(OfferStepsToDeputies offers, ReturnRepository returns, CycleRepository cycles) {
        this.offers = offers;
        this.returns = returns;
        this.cycles = cycles;
    }

    @Override
    public List<String> held(long serviceId, String deputy) {
        List<Task> held = offers.openSteps(serviceId).stream().filter(step -> deputy.equals(step.getAssignee()))
                .toList();
        Map<String, ServiceReturn> of = returns.byProcessInstance(held.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        return held.stream().filter(step -> of.containsKey(step.getProcessInstanceId())).map(step -> {
            ServiceReturn r = of.get(step.getProcessInstanceId());
            String quarter = cycles.find(r.cycleId()).map(Cycle::shortName).orElse("open");
            return "the " + quarter + " return of " + r.serviceName() + " (" + step.getName() + ")";
        }).sorted().toList();
    }
}
