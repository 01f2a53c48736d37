package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import java.util.EnumSet;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.ActionEntry;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A key action moved to another service mid-quarter takes its status and commentary with it: the history of the return
 * it joins says so, by whoever gave them, and the history of the return it left says where it went, as for a measure's
 * figure ({@link FigureMovedWithItsMeasureTest}, {@link FigureMovedOutOfAReturnTest}).
 */
class KeyActionStatusMovedWithItsKeyActionTest extends ApplicationTest {

    private static final String ACTIONS = "code,title,directorate,service,theme\n";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired YearRepository years;
    @Autowired KeyActionRepository actions;
    @Autowired ReturnRepository returns;
    @Autowired ReturnTrail trail;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired ReturnEditing editing;

    /**
     * KM-1, with its Amber status, commentary, reasons and actions planned given by the director of the service it
     * leaves, and KM-2, with nothing yet, move to the other service; the service they leave keeps its measure, so both
     * returns stay with their services. Year 7722.
     */
    @Test
    void bothReturnsHistoriesSayAKeyActionMovedWithItsStatus() {
        String year = "7722-23";
        Opened q = opened(year, true, "KM-1", "KM-2");
        saveStatus(year, "KM-1", "dir.away.7722");

        imports.importKeyActions(year, csv(ACTIONS + action("KM-1", q.into()) + action("KM-2", q.into())));

        ServiceReturn left = returnOf(q.cycle(), q.away());
        ServiceReturn joined = returnOf(q.cycle(), q.into());
        assertThat(left.status()).isEqualTo(ReturnStatus.NOT_STARTED);
        assertThat(movedIn(joined)).containsExactly(tuple("dir.away.7722", "ACTION_STATUS", "AMBER"),
                tuple("dir.away.7722", "ACTION_COMMENTARY", "Hub opening slipped to August"),
                tuple("dir.away.7722", "ACTION_REASONS", "Contractor went into administration"),
                tuple("dir.away.7722", "ACTION_ACTIONS_PLANNED", "New contractor appointed"));
        assertThat(trail.workedOn(joined.id(), "dir.away.7722")).as("nobody's work on the return it joined")
                .isFalse();
        assertThat(movedOut(left)).containsExactly(
                tuple("framework import", "KM-1", "AMBER", q.into(),
                        "Key action KM-1 moved to " + q.into() + "; its status went with it"),
                tuple("framework import", "KM-2", null, q.into(),
                        "Key action KM-2 moved to " + q.into() + "; it had no status yet"));
        assertThat(TrailWords.what(ReturnTrail.KEY_ACTION_MOVED_OUT)).isEqualTo("Key action moved to another service");
        assertThat(TrailWords.value(ReturnTrail.KEY_ACTION_MOVED_OUT, "AMBER")).isEqualTo("Amber");
        assertThat(trail.workedOn(left.id(), "framework import")).as("nor on the return it left").isFalse();
        OpenedCycles.end(runtime, returns, q.cycle());
    }

    /**
     * A service's only key action moves to a service the file brings in: the return it leaves is withdrawn, saying the
     * key action went first, and the new service's return, issued by the move, has its status in its history; moved
     * back, the key action's status is in the history of the first return, issued again. Year 7723.
     */
    @Test
    void aReturnIssuedOrIssuedAgainByTheMoveHasTheStatusInItsHistory() {
        String year = "7723-24";
        Opened q = opened(year, false, "KN-1");
        saveStatus(year, "KN-1", "dir.away.7723");
        ServiceReturn left = returnOf(q.cycle(), q.away());

        imports.importKeyActions(year, csv(ACTIONS + action("KN-1", "Key Actions Brought In 7723")));

        assertThat(returns.find(left.id()).orElseThrow().status()).isEqualTo(ReturnStatus.WITHDRAWN);
        assertThat(trail.forReturn(left.id())).extracting(ReturnTrail.Event::kind).as("said before it was withdrawn")
                .containsSubsequence(ReturnTrail.KEY_ACTION_MOVED_OUT, "STATUS");
        ServiceReturn issued = returnOf(q.cycle(), "Key Actions Brought In 7723");
        Tuple status = tuple("dir.away.7723", "ACTION_STATUS", "AMBER");
        assertThat(movedIn(issued)).hasSize(4).first().isEqualTo(status);

        imports.importKeyActions(year, csv(ACTIONS + action("KN-1", q.away())));

        assertThat(returns.find(left.id()).orElseThrow().status()).isEqualTo(ReturnStatus.NOT_STARTED);
        assertThat(movedIn(left)).hasSize(4).first().isEqualTo(status);
        assertThat(movedOut(returns.find(issued.id()).orElseThrow())).singleElement()
                .isEqualTo(tuple("framework import", "KN-1", "AMBER", q.away(),
                        "Key action KN-1 moved to " + q.away() + "; its status went with it"));
        OpenedCycles.end(runtime, returns, q.cycle());
    }

    /**
     * The data officer of the service KM-1 leaves gives its Amber status and commentary, then its director the reasons
     * and actions planned beside them, the director saving the row last: in the history of the return it joins each
     * field is by whoever stored it, as a moved measure's figure is ({@link FigureMovedWithItsMeasureTest}), the status
     * the data officer's, not by whoever last saved the row. Year 7421.
     */
    @Test
    void eachFieldThatCameIsByWhoeverStoredIt() {
        String year = "7421-22";
        Opened q = opened(year, true, "KM-1");
        Organisation.ServiceUnit unit = organisation.findService(q.away()).orElseThrow();
        people.create(new Person("data.away.7421", "data.away.7421", null, EnumSet.of(Role.DATA_OFFICER), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
        long awayReturn = returnOf(q.cycle(), q.away()).id();
        long km1 = actions.find(years.find(year).orElseThrow().id(), "KM-1").orElseThrow().id();
        int version = editing.saveKeyAction(awayReturn, km1, null,
                new ActionEntry(Rag.AMBER, "Hub opening slipped to August", null, null), "data.away.7421");
        editing.saveKeyAction(awayReturn, km1, version, new ActionEntry(Rag.AMBER, "Hub opening slipped to August",
                "Contractor went into administration", "New contractor appointed"), "dir.away.7421");

        imports.importKeyActions(year, csv(ACTIONS + action("KM-1", q.into())));

        assertThat(movedIn(returnOf(q.cycle(), q.into()))).containsExactly(
                tuple("data.away.7421", "ACTION_STATUS", "AMBER"),
                tuple("data.away.7421", "ACTION_COMMENTARY", "Hub opening slipped to August"),
                tuple("dir.away.7421", "ACTION_REASONS", "Contractor went into administration"),
                tuple("dir.away.7421", "ACTION_ACTIONS_PLANNED", "New contractor appointed"));
        OpenedCycles.end(runtime, returns, q.cycle());
    }

    /** A year's Q2 cycle, opened with the returns of the services a key action moves away from and into. */
    private record Opened(long cycle, String away, String into) {
    }

    /**
     * Two services of the year, each with its director (Key Actions Away 7722 and Key Actions Into 7722 in 7722-23,
     * directed by dir.away.7722 and dir.into.7722): these key actions in the first, a measure in the second (and in the
     * first too, if asked), and the year's Q2 cycle opened with their returns.
     */
    private Opened opened(String year, boolean measureAway, String... keyActions) {
        String number = year.substring(0, year.indexOf('-'));
        String away = "Key Actions Away " + number;
        String into = "Key Actions Into " + number;
        imports.importMeasures(year, csv(HEADER + (measureAway ? measure("KAM-1", away) : "")
                + measure("KAM-2", into)));
        StringBuilder file = new StringBuilder(ACTIONS);
        for (String code : keyActions) {
            file.append(action(code, away));
        }
        imports.importKeyActions(year, csv(file.toString()));
        TwoServiceFramework.directs(organisation, people, "dir.away." + number, away);
        TwoServiceFramework.directs(organisation, people, "dir.into." + number, into);
        return new Opened(OpenedCycles.openSecondQuarter(context, year, 2), away, into);
    }

    private static String action(String code, String service) {
        return code + ",Key action " + code + ",Economy and Infrastructure," + service + ",Ambitious\n";
    }

    /** The key action's Q2 status, Amber with its words, as the service gave it. */
    private void saveStatus(String year, String code, String by) {
        long id = actions.find(years.find(year).orElseThrow().id(), code).orElseThrow().id();
        actions.saveStatus(id, 2, new ActionEntry(Rag.AMBER, "Hub opening slipped to August",
                "Contractor went into administration", "New contractor appointed"), by);
    }

    private List<Tuple> movedIn(ServiceReturn r) {
        return trail.forReturn(r.id()).stream().filter(e -> ReturnTrail.KEY_ACTION_MOVED_IN.equals(e.comment()))
                .map(e -> tuple(e.actor(), e.kind(), e.newValue())).toList();
    }

    private List<Tuple> movedOut(ServiceReturn r) {
        return trail.forReturn(r.id()).stream().filter(e -> ReturnTrail.KEY_ACTION_MOVED_OUT.equals(e.kind()))
                .map(e -> tuple(e.actor(), e.item(), e.oldValue(), e.newValue(), e.comment())).toList();
    }

    private ServiceReturn returnOf(long cycle, String service) {
        return returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(service)).findFirst()
                .orElseThrow();
    }
}
