package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.support.HeldCycle;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Two of the performance team have the report page open: the one saving second is told the commentary (or the
 * cover report) changed meanwhile, and neither's words are lost.
 */
class ReportWordsSavedMeanwhileTest extends ViewTest {

    private static final String COMMENTARY = "Performance team commentary for the executive summary";

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportCommentary commentary;
    @Autowired
    CabinetCoverService covers;
    @Autowired
    CycleRepository cycles;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSaveOverACommentarySavedMeanwhileIsRefusedAndKeepsBoth() throws Exception {
        long cycleId = reportPageOpened(2906);
        TextArea text = _get(TextArea.class, s -> s.withLabel(COMMENTARY));

        commentary.write(cycleId, "perfmgr", "Sickness absence is the quarter's concern.", "");
        _setValue(text, "Repairs recovered in the quarter.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("Someone else saved the commentary");
        assertThat(text.getValue()).isEqualTo("Repairs recovered in the quarter.");
        assertThat(commentary.read(cycleId)).isEqualTo("Sickness absence is the quarter's concern.");

        open("reports/" + cycleId + "/approval");
        text = _get(TextArea.class, s -> s.withLabel(COMMENTARY));
        _setValue(text, text.getValue() + "\n\nRepairs recovered in the quarter.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        _setValue(text, text.getValue() + " Both are watched.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        assertThat(text.isInvalid()).as("a second save over one's own words is fine").isFalse();
        assertThat(commentary.read(cycleId)).isEqualTo(
                "Sickness absence is the quarter's concern.\n\nRepairs recovered in the quarter. Both are watched.");
    }

    @Test
    void aSaveOverACoverReportSavedMeanwhileIsRefused() throws Exception {
        long cycleId = reportPageOpened(2907);

        CabinetCover theirs = new CabinetCover("Cabinet", null, null, "Quarter 2 performance", null, null, null,
                null, null, "Sam Lee, Performance Manager");
        covers.write(cycleId, "perfmgr", theirs, covers.read(cycleId));
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Overview and Scrutiny");
        _click(_get(Button.class, s -> s.withText("Save cover report")));

        // whose words they are, and when they were saved, so the officer knows whom to ask
        assertThat(_get(Paragraph.class, s -> s.withClasses("error")).getText())
                .matches("Not saved: Performance Manager saved the cover report on \\d{1,2} [A-Z][a-z]{2} \\d{4} at"
                        + " \\d\\d:\\d\\d after this page showed it, so yours was not saved.*");
        assertThat(covers.read(cycleId)).isEqualTo(theirs);

        // read again, the page says whose cover it shows; saved from here, it says so
        open("reports/" + cycleId + "/approval");
        assertThat(_get(Paragraph.class, s -> s.withClasses("last-saved")).getText())
                .startsWith("Last saved by Performance Manager on ");
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Overview and Scrutiny");
        _click(_get(Button.class, s -> s.withText("Save cover report")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("last-saved")).getText())
                .startsWith("Last saved by Performance Officer on ");
    }

    /**
     * The save checks the cover against what the page showed under the cycle's lock, then writes: one transaction,
     * or a colleague's save between the two is overwritten unseen (the annotation once sat on a class beside it).
     */
    @Test
    void aCoverSaveIsOneTransaction() throws Exception {
        assertThat(CabinetCoverService.class.getMethod("write", long.class, String.class, CabinetCover.class,
                CabinetCover.class).isAnnotationPresent(org.springframework.transaction.annotation.Transactional.class))
                .isTrue();
        assertThat(org.springframework.aop.support.AopUtils.isAopProxy(covers)).as("and called through its proxy")
                .isTrue();
    }

    /**
     * Refused over a colleague's save, the officer's changed field goes over theirs and every other field keeps
     * theirs: the form offered no such choice, only to note the changes and open the page again.
     */
    @Test
    void saveMineOverTheirsKeepsTheColleaguesOtherFields() throws Exception {
        long cycleId = reportPageOpened(2909);
        assertThat(_find(Button.class, s -> s.withText("Save mine over theirs"))).as("offered only when refused")
                .isEmpty();
        CabinetCover theirs = new CabinetCover("Cabinet", null, null, "Quarter 2 performance", null, null, null,
                null, null, "Sam Lee, Performance Manager");
        covers.write(cycleId, "perfmgr", theirs, covers.read(cycleId));
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Overview and Scrutiny");
        _setValue(_get(TextField.class, s -> s.withLabel("Cabinet member responsible")), "Cllr Jo Rowe");
        _click(_get(Button.class, s -> s.withText("Save cover report")));
        assertThat(covers.read(cycleId)).isEqualTo(theirs);

        _click(_get(Button.class, s -> s.withText("Save mine over theirs")));
        CabinetCover both = new CabinetCover("Overview and Scrutiny", null, null, "Quarter 2 performance", null, null,
                null, "Cllr Jo Rowe", null, "Sam Lee, Performance Manager");
        assertThat(covers.read(cycleId)).isEqualTo(both);
        assertThat(_get(TextArea.class, s -> s.withLabel("Purpose of report")).getValue())
                .as("the page shows what was saved").isEqualTo("Quarter 2 performance");
        assertThat(_find(Paragraph.class, s -> s.withClasses("error"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Save mine over theirs"))).isEmpty();
    }

    /**
     * A colleague's save lands the moment this page's save commits, before the page could read the commentary again:
     * the page still compares its next save with its own words, so that save is refused rather than going over
     * theirs unseen. The colleague's save is held on the table until this page's save commits, then goes first.
     */
    @Test
    void aColleaguesSaveRightAfterThisPagesIsNotTakenForWhatThePageShows() throws Exception {
        long cycleId = reportPageOpened(2971);
        TextArea text = _get(TextArea.class, s -> s.withLabel(COMMENTARY));
        _setValue(text, "Repairs recovered in the quarter.");

        HeldCycle holder = new HeldCycle(transactions, cycles, cycleId, () -> { });
        CompletableFuture<Void> colleague = CompletableFuture.runAsync(() -> {
            HeldCycle.waitersAtLeast(jdbc, 1); // this page's save waits on the cycle
            transactions.executeWithoutResult(tx -> {
                // queued behind this page's save, and granted the moment it commits: its next read waits for this
                jdbc.sql("lock table cycle in access exclusive mode").update();
                jdbc.sql("update cycle set commentary = 'Sickness absence is the main concern.' where id = :id")
                        .param("id", cycleId).update();
            });
        });
        CompletableFuture.runAsync(() -> {
            HeldCycle.waitersAtLeast(jdbc, 2);
            holder.release();
        });
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        holder.committed();
        colleague.get(60, TimeUnit.SECONDS);
        assertThat(text.isInvalid()).isFalse();

        _setValue(text, "Repairs recovered in the quarter. Both are watched.");
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        assertThat(text.isInvalid()).as("saved over the colleague's words unseen").isTrue();
        assertThat(commentary.read(cycleId)).isEqualTo("Sickness absence is the main concern.");
    }

    /** Two saves from pages that showed the same words, at the same moment: the cycle's lock lets one through. */
    @Test
    void twoSavesAtOnceOverTheSameWordsSaveOne() throws Exception {
        long cycleId = ReturnScenario.open(context, 2972).cycle.id();
        HeldCycle first = new HeldCycle(transactions, cycles, cycleId,
                () -> commentary.write(cycleId, "perf", "Repairs recovered in the quarter.", ""));
        CompletableFuture<String> second = CompletableFuture.supplyAsync(
                () -> commentary.write(cycleId, "perfmgr", "Sickness absence is the main concern.", ""));
        HeldCycle.waitersAtLeast(jdbc, 1);
        first.release();
        first.committed();

        Throwable refused = second.handle((done, failure) -> failure).get(60, TimeUnit.SECONDS);
        assertThat(refused).as("the second save is refused").isNotNull();
        assertThat(refused.getCause()).hasMessageContaining("Someone else saved the commentary");
        assertThat(commentary.read(cycleId)).isEqualTo("Repairs recovered in the quarter.");
    }

    /** The approval page of a new cycle of this year, opened by the performance team; the cycle's id. */
    private long reportPageOpened(int year) throws Exception {
        long cycleId = ReturnScenario.open(context, year).cycle.id();
        signIn("perf");
        open("reports/" + cycleId + "/approval");
        return cycleId;
    }
}
