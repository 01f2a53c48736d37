package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.returns.Countersigning;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** A strategic director sorts the returns to countersign by name, quarter, status, sign-off time or countersignature. */
class CountersignSortingTest extends ViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnWorkflow workflow;
    @Autowired
    Countersigning countersigning;

    @SuppressWarnings("unchecked")
    @Test
    void theColumnsSortAndTheSignOffByItsTimeNotItsText() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 3993);
        scenario.completeAndSignOff();
        countersigning.countersign(scenario.housing.id(), "sd.economy", null);
        ServiceReturn countersigned = scenario.reload();
        // "2 Nov 2017 09:00" reads before "30 Oct 2017 09:00", though it came after
        ServiceReturn november = signedOff(countersigned, -1, "Adult Social Care", ReturnStatus.ACCEPTED,
                Instant.parse("2017-11-02T09:00:00Z"));
        ServiceReturn october = signedOff(countersigned, -2, "Zoos and Parks", ReturnStatus.SIGNED_OFF,
                Instant.parse("2017-10-30T09:00:00Z"));

        signIn("sd.economy");
        open("countersign");
        Grid<ServiceReturn> grid = _get(Grid.class);
        grid.setItems(List.of(countersigned, november, october));

        GridKt._sortByHeader(grid, "Signed off", SortDirection.ASCENDING);
        assertThat(services(grid)).startsWith("Zoos and Parks", "Adult Social Care");
        GridKt._sortByHeader(grid, "Return", SortDirection.ASCENDING);
        assertThat(services(grid)).containsExactly("Adult Social Care", "Housing", "Zoos and Parks");
        GridKt._sortByHeader(grid, "Status", SortDirection.DESCENDING);
        assertThat(services(grid)).as("accepted before signed off").startsWith("Adult Social Care");
        GridKt._sortByHeader(grid, "Countersignature", SortDirection.ASCENDING);
        assertThat(services(grid)).as("the ones still to countersign first").endsWith("Housing");
        GridKt._sortByHeader(grid, "Quarter", SortDirection.ASCENDING);
        assertThat(services(grid)).as("a quarter unknown last").startsWith("Housing");
    }

    @Test
    void quartersSortByYearThenQuarterNotByTheirNames() {
        Cycle q1Next = cycle("2018-19", 1);
        Cycle q3 = cycle("2017-18", 3);
        Cycle q4 = cycle("2017-18", 4);
        assertThat(Stream.of(q1Next, q4, q3).sorted(CountersignView.QUARTER_ORDER).map(Cycle::shortName))
                .containsExactly("Q3 2017/18", "Q4 2017/18", "Q1 2018/19");
    }

    private static Cycle cycle(String year, int quarter) {
        return new Cycle(quarter, 1, year, quarter, null, null, null, null, null, null, null, 0, 0);
    }

    private static List<String> services(Grid<ServiceReturn> grid) {
        return GridKt._fetch(grid, 0, 10).stream().map(ServiceReturn::serviceName).toList();
    }

    /** A return like this one, of another service and a quarter not on record, signed off then. */
    private static ServiceReturn signedOff(ServiceReturn r, long id, String service, ReturnStatus status, Instant at) {
        return new ServiceReturn(id, -1, r.serviceId(), service, r.directorateId(), r.directorateName(), status,
                at, at, r.submittedBy(), at, r.signedOffBy(), null, null, null, 1, null, null);
    }
}
