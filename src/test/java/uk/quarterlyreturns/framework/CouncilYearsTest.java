package uk.quarterlyreturns.framework;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.cycle.ChasePolicy;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A second council's framework, written for these tests, beside the demo's: its own units, Housing in
 * another directorate than the demo year has it, Finance renamed a year later and known by its service code.
 * Then year-end rollovers. The demo year's framework and structure must not change at all.
 */
class CouncilYearsTest extends ViewTest {

    private static final String DEMO = "2017-18";
    private static final String FIRST = "2041-42";
    private static final String RENAMED = "2042-43";
    private static final String OLD_FINANCE = "Finance, IT, Risk and Performance";

    @Autowired YearRepository years;
    @Autowired YearStructure structure;
    @Autowired MeasureRepository measures;
    @Autowired ValueRepository values;
    @Autowired MeasureHistory measureHistory;
    @Autowired Organisation organisation;
    @Autowired CycleService cycles;
    @Autowired CycleRepository cycleRows;

    private final ObjectMapper json = new ObjectMapper();
    private Api perf;

    @BeforeEach
    void api() {
        perf = new Api(url(""), "perf", "demo");
    }

    @Test
    void aSecondCouncilsFrameworkSitsBesideTheDemoWithItsOwnUnitsStructureAndRags() throws Exception {
        String demoBefore = demoFingerprint();

        assertThat(perf.putCsv(path(FIRST, "framework"), fixture("framework.csv")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(perf.putCsv(path(FIRST, "quarters/1/values"), fixture("values-q1.csv")).getStatusCode().value())
                .isEqualTo(200);

        JsonNode q1 = body(perf.get(path(FIRST, "quarters/1/measures")));
        Map<String, String> rags = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        q1.forEach(m -> {
            rags.put(m.get("code").asText(), m.get("ragComputed").asText());
            units.put(m.get("code").asText(), m.get("unit").asText());
        });
        // H1 7.5% over within 10%; H2 69 short of 70 above the floor 65; H3 96 against 25% of 400, 4% short;
        // W1 9.2% over beyond 5%; W2 5,200 against 5,000; W3 met; F1 5.6% short within 10%; F2 met.
        assertThat(rags).containsExactly(Map.entry("H1", "AMBER"), Map.entry("H2", "AMBER"),
                Map.entry("H3", "AMBER_GREEN"), Map.entry("W1", "RED"), Map.entry("W2", "GREEN"),
                Map.entry("W3", "GREEN"), Map.entry("F1", "AMBER"), Map.entry("F2", "GREEN"));
        assertThat(units).containsValues("households", "SAP rating", "rate per 100k", "kg", "tonnes", "visits",
                "£m", "days");
        Measure visits = measures.find(year(FIRST).id(), "W3").orElseThrow();
        assertThat(visits.definition().unit().format(new BigDecimal("22099"), visits.rule().decimals()))
                .isEqualTo("22,099 visits");

        Map<String, String> firstYear = placements(FIRST);
        assertThat(firstYear).containsEntry("Housing", "Community and Children's Services")
                .containsEntry("Waste and Recycling", "Place").containsEntry(OLD_FINANCE, "Resources");
        assertThat(placements(DEMO)).containsEntry("Housing", "Economy and Infrastructure")
                .containsEntry(OLD_FINANCE, "Corporate Services");
        long housing = measures.find(year(FIRST).id(), "H1").orElseThrow().serviceId();
        assertThat(organisation.findService("Housing").orElseThrow().id()).isEqualTo(housing);
        assertThat(measures.forYear(year(DEMO).id())).filteredOn(m -> m.definition().service().equals("Housing"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.serviceId()).isEqualTo(housing));

        // A year later Finance is renamed; its service code says it is the same service.
        String renamed = fixture("framework.csv").replace("\"" + OLD_FINANCE + "\"", "Finance and Performance");
        assertThat(perf.putCsv(path(RENAMED, "framework"), renamed).getStatusCode().value()).isEqualTo(200);
        long finance = measures.find(year(FIRST).id(), "F1").orElseThrow().serviceId();
        assertThat(measures.find(year(RENAMED).id(), "F1").orElseThrow().serviceId()).isEqualTo(finance);
        assertThat(placements(RENAMED)).containsEntry("Finance and Performance", "Resources")
                .doesNotContainKey(OLD_FINANCE);
        assertThat(placements(FIRST)).isEqualTo(firstYear);
        assertThat(measures.find(year(FIRST).id(), "F1").orElseThrow().definition().service()).isEqualTo(OLD_FINANCE);
        // the code may not be given to a different service
        String clash = fixture("framework.csv").replace(",Waste and Recycling,WST,", ",Waste and Recycling,FIN,");
        ResponseEntity<String> refused = perf.putCsv(path("2043-44", "framework"), clash);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("service_code").contains("FIN");

        assertThat(demoFingerprint()).isEqualTo(demoBefore);
    }

    /**
     * A service with key actions but no measures is issued a return all the same: with no director, nobody could
     * sign it off. It was not named, and its cycle opened.
     */
    @Test
    void aServiceWithOnlyKeyActionsAndNoDirectorBlocksItsCycleToo() {
        String year = "3049-50";
        assertThat(perf.putCsv(path(year, "framework"), "code,title,directorate,service,theme,unit,polarity,"
                + "frequency,aggregation,target,floor,tolerance_pct,rag_scheme\nPO-1,Repairs on time,Economy and"
                + " Infrastructure,Housing,Ambitious,%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE\n")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(perf.putCsv(path(year, "actions"), "code,title,directorate,service,theme\nPO-A1,Set up the"
                + " programme office,Economy and Infrastructure,Programme Office 3049,Ambitious\n")
                .getStatusCode().value()).isEqualTo(200);

        assertThat(structure.withoutDirector(year(year).id())).extracting(YearStructure.PlacedService::name)
                .containsExactly("Programme Office 3049");
        Instant deadline = Instant.parse("3049-07-21T16:00:00Z");
        assertThatThrownBy(() -> cycles.open(year, 1, deadline, deadline.plus(Duration.ofDays(10)),
                ChasePolicy.DEFAULT, "perf"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Programme Office 3049");
        assertThat(cycleRows.find(year(year).id(), 1)).isEmpty();
    }

    @Test
    void aServiceWithMeasuresButNoDirectorIsWarnedOfAndBlocksItsCycle() {
        String year = "2044-45";
        assertThat(perf.putCsv(path(year, "framework"), fixture("framework.csv")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(structure.withoutDirector(year(year).id())).extracting(YearStructure.PlacedService::name)
                .containsExactly("Waste and Recycling");

        Instant deadline = Instant.parse("2044-07-21T16:00:00Z");
        assertThatThrownBy(() -> cycles.open(year, 1, deadline, deadline.plus(Duration.ofDays(10)),
                ChasePolicy.DEFAULT, "perf"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Waste and Recycling")
                .hasMessageNotContaining("Housing");
        assertThat(cycleRows.find(year(year).id(), 1)).isEmpty();

        signIn("perf");
        open("framework");
        com.vaadin.flow.component.select.Select<ReportingYear> select = _get(
                com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Reporting year"));
        select.setValue(year(year));
        Paragraph warning = _get(Paragraph.class, s -> s.withClasses("structure-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Waste and Recycling").doesNotContain("Housing")
                .contains("a cycle for 2044/45 cannot open").contains("already issued to one of them cannot be signed off");
    }

    @Test
    void rolloverMakesNextYearFromThisYearAndMovesItsFiguresIntoHistory() throws Exception {
        String from = "2045-46";
        String next = "2046-47";
        perf.putCsv(path(from, "framework"), fixture("framework.csv"));
        perf.putCsv(path(from, "history"), "code,year,value\nW3,2043-44,18500\nW3,2044-45,19100\n");
        perf.putCsv(path(from, "quarters/1/values"), fixture("values-q1.csv"));
        perf.putCsv(path(from, "quarters/2/values"), "code,value\nW2,5100\nW3,21000\n");

        ResponseEntity<String> rolled = perf.post(path(next, "rollover?from=" + from + "&targets=carry"));
        assertThat(rolled.getStatusCode().value()).as(rolled.getBody()).isEqualTo(200);
        assertThat(body(rolled).get("measures").asInt()).isEqualTo(8);
        // the same measures, structure and targets: the exported frameworks are identical
        assertThat(perf.get(path(next, "framework")).getBody()).isEqualTo(perf.get(path(from, "framework")).getBody());
        assertThat(placements(next)).isEqualTo(placements(from));

        long w3 = measures.find(year(next).id(), "W3").orElseThrow().id();
        long w2 = measures.find(year(next).id(), "W2").orElseThrow().id();
        Map<String, BigDecimal> w3Outturns = outturns(next, w3);
        assertThat(w3Outturns.keySet()).containsExactly("2043-44", "2044-45", from);
        assertThat(w3Outturns.get(from)).isEqualByComparingTo("21000"); // a snapshot's latest quarter
        assertThat(outturns(next, w2).get(from)).isEqualByComparingTo("10300"); // a cumulative total
        assertThat(measureHistory.historyForYear(year(next).id()).stream()
                .filter(h -> h.measureId() == w3 && from.equals(h.year()) && h.quarter() != null)
                .map(h -> "Q" + h.quarter() + " " + h.value().toPlainString()).sorted().toList())
                .as("the quarters of the year rolled over, in its history").endsWith("Q2 21000");
        assertThat(values.forYear(year(next).id())).isEmpty();

        ResponseEntity<String> again = perf.post(path(next, "rollover?from=" + from));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains("already has a framework");
        assertThat(perf.post(path("2048-49", "rollover?from=" + from)).getStatusCode().value()).isEqualTo(400);
        assertThat(perf.post(path("2040-41", "rollover?from=2039-40")).getBody()).contains("no framework");
        assertThat(perf.post(path("2046-48", "rollover?from=" + from)).getStatusCode().value()).isEqualTo(400);

        // From the framework screen, with targets left to agree.
        signIn("perf");
        open("framework");
        com.vaadin.flow.component.select.Select<ReportingYear> select = _get(
                com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Reporting year"));
        select.setValue(year(next));
        _click(_get(Button.class, s -> s.withText("Roll over to next year…")));
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> targets = _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withLabel("Targets"));
        targets.setValue("Leave targets blank, to agree later");
        _click(_get(Button.class, s -> s.withText("Roll over")));
        assertThat(measures.forYear(year("2047-48").id())).hasSize(8)
                .allSatisfy(m -> assertThat(m.definition().target()).isEqualTo(Target.TBA));
        assertThat(outturns("2047-48", measures.find(year("2047-48").id(), "W3").orElseThrow().id()).keySet())
                .containsExactly("2043-44", "2044-45", from);
    }

    /** The demo year's whole framework as exported, and its structure, as one hash. */
    private String demoFingerprint() throws Exception {
        String text = perf.get(path(DEMO, "framework")).getBody() + placements(DEMO)
                + perf.get(path(DEMO, "quarters/1/measures")).getBody();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, String> placements(String label) {
        return structure.services(year(label).id()).stream().collect(Collectors.toMap(
                YearStructure.PlacedService::name, YearStructure.PlacedService::directorate, (a, b) -> a,
                java.util.TreeMap::new));
    }

    private Map<String, BigDecimal> outturns(String label, long measureId) {
        Map<String, BigDecimal> found = new java.util.TreeMap<>();
        measureHistory.historyForYear(year(label).id()).stream()
                .filter(h -> h.measureId() == measureId && h.quarter() == null)
                .forEach(h -> found.put(h.year(), h.value()));
        return found;
    }

    private ReportingYear year(String label) {
        return years.find(label).orElseThrow();
    }

    private static String path(String year, String rest) {
        return "/api/years/" + year + "/" + rest;
    }

    private JsonNode body(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    private static String fixture(String name) {
        try {
            return new ClassPathResource("fixtures/council-b/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
