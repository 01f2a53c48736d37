package uk.quarterlyreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.KeyAction;
import uk.quarterlyreturns.framework.KeyActionRepository.StatusEntry;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.MeasureStatus;
import uk.quarterlyreturns.framework.QuarterValue;
import uk.quarterlyreturns.framework.Rag;
import uk.quarterlyreturns.framework.RagOverride;
import uk.quarterlyreturns.framework.io.FrameworkFileParser;
import uk.quarterlyreturns.framework.io.KeyActionRow;
import uk.quarterlyreturns.returns.ReviewItem.Flag;

/** Which items of a return the quality check shows as exceptions, and why. */
class ReviewItemsTest {

    private static final String CSV = """
            code,title,directorate,service,theme,unit,polarity,frequency,aggregation,target,floor,tolerance_pct,rag_scheme
            G-1,Repairs on time,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE
            AG-1,Rent collected,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,,FIVE_POINT
            RA-1,Void days,D,S,T,COUNT,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,FIVE_POINT
            Q-1,Households waiting,D,S,T,COUNT,LOWER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE
            O-1,Decent homes,D,S,T,PERCENT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,80,,10,TOLERANCE
            C-1,Empty homes back in use,D,S,T,COUNT,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,100,,10,TOLERANCE
            """;
    private static final Instant AT = Instant.parse("2017-10-20T09:00:00Z");

    private final ReturnChecks checks = new ReturnChecks(new BigDecimal("50"));

    @Test
    void exceptionsAreAmberOrWorseMissingQueriesOverridesChangesAndChallengesButNotAmberGreen() {
        List<ReturnTrail.Event> trail = new ArrayList<>(List.of(
                event("STATUS", null, null, "SUBMITTED", null),
                event("VALUE", "C-1", "110", "112", null),
                event("STATUS", null, null, "SUBMITTED", null),
                event(Challenges.KIND, "K-1", null, null, "Was the hub open by then?")));

        List<ReviewItem> items = ReviewItems.of(sheet(), trail, checks, Names.NONE);

        assertThat(items).extracting(ReviewItem::code, ReviewItem::flags).containsExactly(
                tuple("G-1", Set.of()),
                tuple("AG-1", Set.of()),
                tuple("RA-1", Set.of(Flag.AMBER_OR_WORSE)),
                tuple("Q-1", Set.of(Flag.QUERY)),
                tuple("O-1", Set.of(Flag.OVERRIDE)),
                tuple("C-1", Set.of(Flag.CHANGED)),
                tuple("K-1", Set.of(Flag.CHALLENGE)),
                tuple("K-2", Set.of(Flag.AMBER_OR_WORSE)),
                tuple("K-3", Set.of(Flag.MISSING)));
        assertThat(items).filteredOn(ReviewItem::isException).extracting(ReviewItem::code)
                .containsExactly("RA-1", "Q-1", "O-1", "C-1", "K-1", "K-2", "K-3");
        ReviewItem k1 = items.get(6);
        assertThat(k1.challengeOpen()).isTrue();
        assertThat(k1.commentary()).isEqualTo("Hub opened");
        assertThat(items.get(3).queryExplanation()).isEqualTo("A hostel closed");
        assertThat(items.get(4).rag()).as("the effective RAG").isEqualTo(Rag.GREEN);

        trail.add(event(Challenges.ANSWER, "K-1", null, null, "Yes, on 4 September"));
        assertThat(ReviewItems.of(sheet(), trail, checks, Names.NONE).get(6).challengeOpen()).isFalse();
    }

    @Test
    void aFirstVersionHasNoChangesToShow() {
        List<ReturnTrail.Event> trail = List.of(event("VALUE", "C-1", "110", "112", null),
                event("STATUS", null, null, "SUBMITTED", null));
        assertThat(ReviewItems.of(sheet(), trail, checks, Names.NONE)).filteredOn(i -> i.code().equals("C-1"))
                .singleElement()
                .satisfies(i -> assertThat(i.flags()).isEmpty());
    }

    @Test
    void anItemChangedAtSignOffIsMarkedSoOnAFirstVersionToo() {
        List<ReturnTrail.Event> trail = List.of(event("STATUS", null, null, "SUBMITTED", null),
                event("VALUE", "C-1", "110", "112", null), event("ACTION_COMMENTARY", "K-1", "Hub", "Hub opened", null),
                event("STATUS", null, "SUBMITTED", "SIGNED_OFF", null));
        assertThat(ReviewItems.of(sheet(), trail, checks, Names.NONE))
                .filteredOn(i -> Set.of("C-1", "K-1").contains(i.code()))
                .extracting(ReviewItem::code, ReviewItem::flags).containsExactly(
                        tuple("C-1", Set.of(Flag.CHANGED_AT_SIGN_OFF)), tuple("K-1", Set.of(Flag.CHANGED_AT_SIGN_OFF)));
    }

    /**
     * An earlier figure revised at sign-off ("G-1 Q1"), or between two versions ("C-1 Q4 2016/17", last year's Q4 in a
     * Q1 return): the measure's row is marked, as its figures changed, not only the list of changes above the grid.
     */
    @Test
    void anEarlierFigureRevisedMarksItsMeasuresRow() {
        List<ReturnTrail.Event> atSignOff = List.of(event("STATUS", null, null, "SUBMITTED", null),
                event(EarlierFigures.EARLIER_FIGURE, "G-1 Q1", null, "Q1: revised from 82 to 84", null),
                event("STATUS", null, "SUBMITTED", "SIGNED_OFF", null));
        assertThat(ReviewItems.of(sheet(), atSignOff, checks, Names.NONE)).filteredOn(i -> i.code().equals("G-1"))
                .singleElement().satisfies(i -> assertThat(i.flags()).containsExactly(Flag.CHANGED_AT_SIGN_OFF));

        List<ReturnTrail.Event> betweenVersions = List.of(event("STATUS", null, null, "SUBMITTED", null),
                event(EarlierFigures.EARLIER_FIGURE, "C-1 Q4 2016/17", null, "revised from 110 to 104", null),
                event("STATUS", null, null, "SUBMITTED", null));
        assertThat(ReviewItems.of(sheet(), betweenVersions, checks, Names.NONE))
                .filteredOn(i -> i.code().equals("C-1")).singleElement()
                .satisfies(i -> assertThat(i.flags()).containsExactly(Flag.CHANGED));
    }

    private static ReturnSheet sheet() {
        List<MeasureStatus> measures = List.of(
                status("G-1", "85", "80", Rag.GREEN, null, null),
                status("AG-1", "78", "77", Rag.AMBER_GREEN, null, null),
                status("RA-1", "23", "22", Rag.RED_AMBER, null, null),
                status("Q-1", "90", "50", Rag.GREEN, null, "A hostel closed"),
                status("O-1", "79", "75", Rag.AMBER, new RagOverride(Rag.GREEN, "dir", AT, "Survey missed homes"), null),
                status("C-1", "112", "100", Rag.GREEN, null, null));
        List<KeyAction> actions = List.of(action(1, "K-1"), action(2, "K-2"), action(3, "K-3"));
        Map<Long, StatusEntry> statuses = Map.of(
                1L, new StatusEntry(1, 2, Rag.GREEN, "Hub opened", null, null, "officer", AT, 1),
                2L, new StatusEntry(2, 2, Rag.RED, "Delayed", "Contractor", "New contractor", "officer", AT, 1),
                3L, new StatusEntry(3, 2, Rag.MISSING, null, null, null, "system", AT, 1));
        return new ReturnSheet(null, null, null, true, measures, Map.of(), actions, statuses, Names.NONE);
    }

    private static MeasureStatus status(String code, String value, String previous, Rag rag, RagOverride override,
            String explanation) {
        BigDecimal v = new BigDecimal(value);
        QuarterValue entry = new QuarterValue(1, 2, v, null, null, null, null, null, explanation, null, override,
                "officer", AT, 1);
        return new MeasureStatus(measure(code), 2, v, v, null, rag, override, null, null,
                Arrays.asList(new BigDecimal(previous), v, null, null), new BigDecimal(previous), entry);
    }

    private static KeyAction action(long id, String code) {
        return new KeyAction(id, 1, 1, new KeyActionRow(code, "Action " + code, "D", "S", "T", null));
    }

    private static ReturnTrail.Event event(String kind, String item, String from, String to, String comment) {
        return new ReturnTrail.Event(1, 1, AT, "someone", kind, item, from, to, comment);
    }

    private static Measure measure(String code) {
        return FrameworkFileParser.parse(TabularFile.read(CSV.getBytes(StandardCharsets.UTF_8), "f.csv")).stream()
                .filter(r -> r.code().equals(code)).map(r -> new Measure(1, 1, 1, r)).findFirst().orElseThrow();
    }
}
