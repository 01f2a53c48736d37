package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.quarterlyreturns.support.TwoServiceFramework.HEADER;
import static uk.quarterlyreturns.support.TwoServiceFramework.csv;
import static uk.quarterlyreturns.support.TwoServiceFramework.measure;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.MeasureEntry;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.OpenedCycles;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A measure moved to another service mid-quarter brings its figure into the return it joins, and that return's
 * history says so, by whoever stored the figure: a return withdrawn with nothing due and issued again by the move too.
 */
class FigureMovedWithItsMeasureTest extends ApplicationTest {

    private static final String AWAY = "Moved Away 4150";
    private static final String INTO = "Moved Into 4150";

    @Autowired ApplicationContext context;
    @Autowired FrameworkImport imports;
    @Autowired FigureImport figures;
    @Autowired ReturnRepository returns;
    @Autowired ReturnTrail trail;
    @Autowired Organisation organisation;
    @Autowired PeopleService people;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired Evidence evidence;
    @Autowired ReturnEditing editing;

    /**
     * MI-1's figure is fed into Moved Away's return; MI-1 moves to Moved Into, whose return takes it and Moved Away's
     * is withdrawn with nothing due; MI-1 moves back and Moved Away's return is issued again with it. Both returns
     * had the figure in them and nothing in their history saying how it came.
     */
    @Test
    void aFigureMovedWithItsMeasureIsInTheHistoryOfTheReturnItJoins() {
        String year = "4150-51";
        imports.importMeasures(year, csv(HEADER + measure("MI-1", AWAY) + measure("MI-2", INTO)));
        TwoServiceFramework.directs(organisation, people, "dir.away.4150", AWAY);
        TwoServiceFramework.directs(organisation, people, "dir.into.4150", INTO);
        long cycle = OpenedCycles.openSecondQuarter(context, year, 2);
        ServiceReturn away = returnOf(cycle, AWAY);
        ServiceReturn into = returnOf(cycle, INTO);
        figures.importValues(year, 2, csv("code,value,note\nMI-1,42,From the depot system\n"), "perf");

        imports.importMeasures(year, csv(HEADER + measure("MI-1", INTO) + measure("MI-2", INTO)));
        assertThat(returns.find(away.id()).orElseThrow().status()).isEqualTo(ReturnStatus.WITHDRAWN);
        assertThat(movedIn(into)).as("a return still with its service")
                .containsExactly(tuple("perf", "VALUE", "42"), tuple("perf", "NOTE", "From the depot system"));

        imports.importMeasures(year, csv(HEADER + measure("MI-1", AWAY) + measure("MI-2", INTO)));
        assertThat(returns.find(away.id()).orElseThrow().status()).isEqualTo(ReturnStatus.NOT_STARTED);
        assertThat(movedIn(away)).as("a return withdrawn and issued again")
                .containsExactly(tuple("perf", "VALUE", "42"), tuple("perf", "NOTE", "From the depot system"));
        assertThat(trail.forReturn(away.id())).last().as("after the entry saying it is due again")
                .extracting(ReturnTrail.Event::item).isEqualTo("MI-1");
        assertThat(trail.workedOn(into.id(), "perf")).as("the performance team may still accept them").isFalse();
        assertThat(trail.workedOn(away.id(), "perf")).isFalse();
        OpenedCycles.end(runtime, returns, cycle);
    }

    /**
     * What came with MI-1's figure into Moved Into's return (its "not available" reason, the reasons given, the
     * provisional mark, Moved Away's director's override and its justification, the evidence file behind it) is in that
     * return's history too, each by whoever stored it: an auditor reading Moved Into's return can say who overrode
     * MI-1's RAG and who gave the file; a file removed before the move is not among them. Moved Away's history says the
     * figure went. Year 4151.
     */
    @Test
    void whatCameWithTheFigureIsInTheHistoryByWhoeverStoredIt() {
        String year = "4151-52";
        String away = "Moved Away 4151";
        String into = "Moved Into 4151";
        long cycle = secondQuarterOpen(4151);
        figures.importValues(year, 2, csv("code,value,note\nMI-1,42,\n"), "perf");
        jdbc.sql("""
                update measure_value set reasons = 'Depot closed for a week', provisional = true, rag_override = 'GREEN',
                  override_by = 'dir.away.4151', override_justification = 'Back on track in July'
                where quarter = 2 and measure_id = (select m.id from measure m join reporting_year y on y.id = m.year_id
                                                    where y.label = :y and m.code = 'MI-1')""").param("y", year)
                .update();
        long mi1 = mi1(year);
        EvidenceFile file = evidence.add(returnOf(cycle, away).id(), mi1, "depot-extract.csv",
                "week,visits\n1,42\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "dir.away.4151");
        EvidenceFile wrong = evidence.add(returnOf(cycle, away).id(), mi1, "wrong-week.csv",
                "week,visits\n2,40\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "dir.away.4151");
        evidence.remove(returnOf(cycle, away).id(), wrong.id(), "dir.away.4151"); // kept for audit, not in the return

        imports.importMeasures(year, csv(HEADER + measure("MI-1", into) + measure("MI-2", into)));

        assertThat(movedIn(returnOf(cycle, into))).containsExactly(tuple("perf", "VALUE", "42"),
                tuple("perf", "REASONS", "Depot closed for a week"),
                tuple("perf", ReturnEditing.PROVISIONAL, "Provisional"),
                tuple("dir.away.4151", "RAG_OVERRIDE", "GREEN"),
                tuple("dir.away.4151", "OVERRIDE_JUSTIFICATION", "Back on track in July"),
                tuple("dir.away.4151", Evidence.ADDED, file.described()));
        assertThat(file.described()).startsWith("depot-extract.csv (");
        OpenedCycles.end(runtime, returns, cycle);
    }

    /**
     * Moved Away's data officer types MI-1's figure, then its director the reasons and actions planned beside it, the
     * director saving the row last: in Moved Into's history each field is by whoever stored it, the figure the data
     * officer's, not by whoever last saved the row. Year 7373.
     */
    @Test
    void eachFieldThatCameIsByWhoeverStoredIt() {
        long cycle = secondQuarterOpen(7373);
        String year = "7373-74";
        String away = "Moved Away 7373";
        Organisation.ServiceUnit unit = organisation.findService(away).orElseThrow();
        people.create(new Person("data.away.7373", "data.away.7373", null, EnumSet.of(Role.DATA_OFFICER), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
        long awayReturn = returnOf(cycle, away).id();
        long mi1 = mi1(year);
        int version = editing.saveMeasure(awayReturn, mi1, null,
                new MeasureEntry(new BigDecimal("55"), null, null, null, null, null), "data.away.7373");
        editing.saveMeasure(awayReturn, mi1, version, new MeasureEntry(new BigDecimal("55"), "Depot closed for a week",
                "Extra crews in July", null, null, null), "dir.away.7373");

        imports.importMeasures(year, csv(HEADER + measure("MI-1", "Moved Into 7373")
                + measure("MI-2", "Moved Into 7373")));

        assertThat(movedIn(returnOf(cycle, "Moved Into 7373"))).containsExactly(tuple("data.away.7373", "VALUE", "55"),
                tuple("dir.away.7373", "REASONS", "Depot closed for a week"),
                tuple("dir.away.7373", "ACTIONS_PLANNED", "Extra crews in July"));
        OpenedCycles.end(runtime, returns, cycle);
    }

    /**
     * As above, but MI-1 moves to a service that owed no return this quarter, so the move issues its first: in that
     * return's history each field is still by whoever stored it, not by whoever last saved the row. Years 7380 (where
     * the new service is made) and 7381.
     */
    @Test
    void eachFieldThatCameIntoAReturnTheMoveIssuedIsByWhoeverStoredIt() {
        String fresh = "Moved New 7381";
        imports.importMeasures("7380-81", csv(HEADER + measure("MN-1", fresh)));
        TwoServiceFramework.directs(organisation, people, "dir.new.7381", fresh);
        long cycle = secondQuarterOpen(7381);
        String year = "7381-82";
        assertThat(returns.forCycle(cycle)).extracting(ServiceReturn::serviceName).doesNotContain(fresh);
        Organisation.ServiceUnit unit = organisation.findService("Moved Away 7381").orElseThrow();
        people.create(new Person("data.away.7381", "data.away.7381", null, EnumSet.of(Role.DATA_OFFICER), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
        long awayReturn = returnOf(cycle, "Moved Away 7381").id();
        long mi1 = mi1(year);
        int version = editing.saveMeasure(awayReturn, mi1, null,
                new MeasureEntry(new BigDecimal("55"), null, null, null, null, null), "data.away.7381");
        editing.saveMeasure(awayReturn, mi1, version, new MeasureEntry(new BigDecimal("55"), "Depot closed for a week",
                "Extra crews in July", null, null, null), "dir.away.7381");

        imports.importMeasures(year, csv(HEADER + measure("MI-1", fresh) + measure("MI-2", "Moved Into 7381")));

        assertThat(trail.forReturn(returnOf(cycle, fresh).id()).stream()
                .filter(e -> ReturnTrail.ALREADY_IN.equals(e.comment()))
                .map(e -> tuple(e.actor(), e.kind(), e.newValue())).toList())
                .containsExactly(tuple("data.away.7381", "VALUE", "55"),
                        tuple("dir.away.7381", "REASONS", "Depot closed for a week"),
                        tuple("dir.away.7381", "ACTIONS_PLANNED", "Extra crews in July"));
        OpenedCycles.end(runtime, returns, cycle);
    }

    /**
     * MI-1 in Moved Away (and the year), MI-2 in Moved Into, each with its director (dir.away and dir.into, and the
     * year), and the year's Q2 cycle open: its id.
     */
    private long secondQuarterOpen(int startYear) {
        String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        String away = "Moved Away " + startYear;
        String into = "Moved Into " + startYear;
        imports.importMeasures(year, csv(HEADER + measure("MI-1", away) + measure("MI-2", into)));
        TwoServiceFramework.directs(organisation, people, "dir.away." + startYear, away);
        TwoServiceFramework.directs(organisation, people, "dir.into." + startYear, into);
        return OpenedCycles.openSecondQuarter(context, year, 2);
    }

    private long mi1(String year) {
        return jdbc.sql("select m.id from measure m join reporting_year y on y.id = m.year_id "
                + "where y.label = :y and m.code = 'MI-1'").param("y", year).query(Long.class).single();
    }

    private List<Tuple> movedIn(ServiceReturn r) {
        return trail.forReturn(r.id()).stream().filter(e -> ReturnTrail.MOVED_IN.equals(e.comment()))
                .peek(e -> assertThat(e.item()).isEqualTo("MI-1"))
                .map(e -> tuple(e.actor(), e.kind(), e.newValue())).toList();
    }

    private ServiceReturn returnOf(long cycle, String service) {
        return returns.forCycle(cycle).stream().filter(r -> r.serviceName().equals(service)).findFirst()
                .orElseThrow();
    }
}
