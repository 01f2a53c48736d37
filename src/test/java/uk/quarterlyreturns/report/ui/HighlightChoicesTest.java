package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.HighlightReports.ServiceChoice;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Two services chosen for a highlight report at once, one of whose returns is already signed off: that one is refused
 * with the reason on the field, and the other is asked all the same. Years 3879 and 3925.
 */
class HighlightChoicesTest extends ViewTest {

    private static final String SIGNED = "Highlight Choices A 3879";
    private static final String OPEN = "Highlight Choices B 3879";

    @Autowired FrameworkImport imports;
    @Autowired Organisation organisation;
    @Autowired YearRepository years;
    @Autowired CycleRepository cycles;
    @Autowired ReturnRepository returns;
    @Autowired HighlightReports highlights;

    @Test
    void aRefusedChoiceSaysWhyAndLeavesTheOthersSaved() {
        imports.importMeasures("3879-80", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "HCA-1,Visits made,Highlight Choices 3879," + SIGNED + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n"
                + "HCB-1,Visits made,Highlight Choices 3879," + OPEN + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "framework.csv"));
        long signed = organisation.findService(SIGNED).orElseThrow().id();
        long open = organisation.findService(OPEN).orElseThrow().id();
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find("3879-80").orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        returns.insert(cycleId, List.of(signed, open));
        returns.setStatus(returns.find(cycleId, signed).orElseThrow().id(), ReturnStatus.SIGNED_OFF);

        signIn("perf");
        HighlightChoices choices = new HighlightChoices(highlights, cycleId, "perf");
        UI.getCurrent().add(choices);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ServiceChoice> services = _get(choices, MultiSelectComboBox.class);
        services.setValue(Set.copyOf(highlights.choices(cycleId)));
        _click(_get(choices, Button.class, s -> s.withText("Save highlight report choices")));

        assertThat(services.isInvalid()).isTrue();
        assertThat(services.getErrorMessage()).isEqualTo("Not saved: " + SIGNED + "'s return is already signed off,"
                + " so nobody can write its highlight report now: send it back to the service first, or ask from next"
                + " quarter");
        assertThat(highlights.wanted(returns.find(cycleId, signed).orElseThrow().id())).isFalse();
        assertThat(highlights.wanted(returns.find(cycleId, open).orElseThrow().id())).as("the other is asked").isTrue();
    }

    /** Every save on the page saves what was changed since the last one; a choice made in another tab stands. */
    @Test
    void aServiceTickedAgainAfterASaveIsSavedEachTime() {
        String first = "Highlight Again A 3925";
        String second = "Highlight Again B 3925";
        imports.importMeasures("3925-26", TabularFile.read(("code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\n"
                + "HAA-1,Visits made,Highlight Again 3925," + first + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n"
                + "HAB-1,Visits made,Highlight Again 3925," + second + ",Ambitious,count,HIGHER_IS_BETTER,QUARTERLY,"
                + "SNAPSHOT,50,,10,TOLERANCE\n").getBytes(StandardCharsets.UTF_8), "framework.csv"));
        long a = organisation.findService(first).orElseThrow().id();
        long b = organisation.findService(second).orElseThrow().id();
        Instant now = Instant.now();
        long cycleId = cycles.insert(years.find("3925-26").orElseThrow().id(), 1, now.plus(Duration.ofDays(14)),
                now.plus(Duration.ofDays(30)), "perf", now, ChasePolicy.DEFAULT);
        returns.insert(cycleId, List.of(a, b));
        long returnA = returns.find(cycleId, a).orElseThrow().id();
        long returnB = returns.find(cycleId, b).orElseThrow().id();

        signIn("perf");
        HighlightChoices choices = new HighlightChoices(highlights, cycleId, "perf");
        UI.getCurrent().add(choices);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ServiceChoice> services = _get(choices, MultiSelectComboBox.class);
        ServiceChoice boxA = services.getListDataView().getItems().filter(c -> c.serviceId() == a).findFirst()
                .orElseThrow();
        Button save = _get(choices, Button.class, s -> s.withText("Save highlight report choices"));
        highlights.setWanted(cycleId, b, true, "perf"); // meanwhile, from another tab

        services.setValue(Set.of(boxA));
        _click(save);
        assertThat(highlights.wanted(returnA)).isTrue();
        services.setValue(Set.of());
        _click(save);
        assertThat(highlights.wanted(returnA)).as("unticked after the save").isFalse();
        services.setValue(Set.of(boxA));
        _click(save);
        assertThat(highlights.wanted(returnA)).as("ticked again").isTrue();
        assertThat(services.isInvalid()).isFalse();
        assertThat(highlights.wanted(returnB)).as("the other tab's choice, not changed here, stands").isTrue();
    }
}
