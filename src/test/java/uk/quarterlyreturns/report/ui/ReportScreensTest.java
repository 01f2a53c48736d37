package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.ui.ReturnView;
import uk.quarterlyreturns.support.Api;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.quarterlyreturns.base.calendar.LondonTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.compliance.ComplianceService;
import uk.quarterlyreturns.compliance.CycleCompliance;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.cycle.CycleRepository;
import uk.quarterlyreturns.cycle.ReportCommentary;
import uk.quarterlyreturns.cycle.CycleStatus;
import uk.quarterlyreturns.report.ReportDrafts;
import uk.quarterlyreturns.report.ReportVersion;
import uk.quarterlyreturns.report.ReportVersions;
import uk.quarterlyreturns.report.render.PrintProgress;
import uk.quarterlyreturns.returns.ReturnProcess;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ui.InboxTasks;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The report's screens: the chief executive returns it, the team revises it, it is approved and readers get it. */
class ReportScreensTest extends ViewTest {

    private static final String COMMENTARY = "Performance team commentary for the executive summary";
    private static final AtomicInteger YEAR = new AtomicInteger(2361);

    @Autowired
    ApplicationContext context;
    @Autowired
    CycleRepository cycles;
    @Autowired
    InboxTasks inbox;

    @Test
    void theReportIsReturnedWithCommentsThenApprovedAndPublished() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long cycleId = scenario.cycle.id();
        scenario.completeAndAccept();
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        String approvalPath = "reports/" + cycleId + "/approval";
        Await.until("the approval task in the chief executive's inbox", ReturnScenario.WAIT,
                () -> inbox.forUser("ceo").stream().anyMatch(i -> i.path().equals(approvalPath)));

        signIn("ceo");
        open(approvalPath);
        String preview = _get(ReportPreview.class).getElement().getProperty("innerHTML");
        assertThat(preview).contains("Executive summary");
        theComplianceViewPrintsTheReportsFigures(scenario, preview);
        signIn("ceo");
        open(approvalPath);
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("PDF, version 1", "Spreadsheet, version 1");
        _click(_get(Button.class, s -> s.withText("Return with comments")));
        assertThat(_get(TextArea.class).isInvalid()).isTrue();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        _setValue(_get(TextArea.class), "Say more about housing repairs");
        _click(_get(Button.class, s -> s.withText("Return with comments")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.RETURNED);

        signIn("perf");
        open(approvalPath);
        assertThat(_get(ReportApprovalView.class).getElement().getTextRecursively())
                .contains("Returned with comments by Helen Ashworth on " + DateTimeFormatter.ofPattern(
                        "d MMMM yyyy, HH:mm", Locale.UK).format(context.getBean(ReportVersions.class).latest(cycleId)
                        .orElseThrow().decidedAt().atZone(LondonTime.ZONE)) + ": Say more about housing repairs");

        // A return reopened while revising holds the revised report back until it is accepted again.
        ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
        workflow.reopen(scenario.housing.id(), "perf", "HF-1 checked for the chief executive");
        open(approvalPath);
        assertThat(_get(Button.class, s -> s.withText("Send the revised report for approval")).isEnabled()).isFalse();
        assertThat(_get(ReportApprovalView.class).getElement().getTextRecursively()).contains(
                "Housing's return was reopened for correction: send the revised report for approval once it is"
                        + " accepted again.");
        scenario.awaitTask(ReturnProcess.TASK_COMPLETE_RETURN);
        workflow.submit(scenario.housing.id(), "data.housing");
        workflow.signOff(scenario.housing.id(), "dir.housing");
        scenario.awaitTask(ReturnProcess.TASK_QUALITY_CHECK);
        workflow.accept(scenario.housing.id(), "perf");
        open(approvalPath);
        assertThat(_get(ReportApprovalView.class).getElement().getTextRecursively())
                .doesNotContain("reopened for correction");
        // Commentary typed and not saved would be left out of the revised report unseen: sending is refused first.
        TextArea words = _get(TextArea.class, s -> s.withLabel(COMMENTARY));
        String saved = words.getValue();
        _setValue(words, "Housing repairs: the backlog halved since July.");
        _click(_get(Button.class, s -> s.withText("Send the revised report for approval")));
        assertThat(_find(ConfirmDialog.class)).as("not asked while the commentary is not saved").isEmpty();
        assertThat(NotificationsKt.getNotifications()).last().satisfies(n -> assertThat(n.getElement()
                .getProperty("text", "")).isEqualTo("Save the commentary first: the report is compiled from what is"
                        + " saved, and your changes are not saved yet."));
        assertThat(words.getValue()).as("what was typed stays").isEqualTo("Housing repairs: the backlog halved since July.");
        _setValue(words, saved);
        _click(_get(Button.class, s -> s.withText("Send the revised report for approval")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("message")).isEqualTo("The report is compiled again with your"
                + " revisions and goes to the chief executive, who is emailed to approve it or return it again.");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(cycles.find(cycleId).orElseThrow().status()).as("nothing sent").isEqualTo(CycleStatus.RETURNED);
        Instant resubmitted = context.getBean(Clock.class).instant();
        _click(_get(Button.class, s -> s.withText("Send the revised report for approval")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);

        // The revised version is compiled anew and awaits a new decision; the earlier comments stay readable.
        ReportVersion revised = context.getBean(ReportVersions.class).latest(cycleId).orElseThrow();
        assertThat(revised.compiledAt()).isAfterOrEqualTo(resubmitted);
        assertThat(revised.decidedBy()).isNull();
        assertThat(revised.decisionNote()).isNull();
        signIn("ceo");
        open(approvalPath);
        assertThat(_get(ReportApprovalView.class).getElement().getTextRecursively())
                .doesNotContain("Returned with comments by")
                .contains("Earlier comments, returned by Helen Ashworth on ").contains(": Say more about housing repairs")
                .contains("Revised report sent for approval by Performance Officer on " + DateTimeFormatter
                        .ofPattern("d MMMM yyyy, ", Locale.UK).format(resubmitted.atZone(LondonTime.ZONE)));
        _click(_get(Button.class, s -> s.withText("Approve report")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        awaitStatus(cycleId, CycleStatus.PUBLISHED);

        signIn("reader");
        open("reports");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("PDF, version 1");
        ReportVersion approved = context.getBean(ReportVersions.class).latest(cycleId).orElseThrow();
        assertThat(_get(ReportsView.class).getElement().getTextRecursively()).contains("Version 1, approved by"
                + " Helen Ashworth on " + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
                .format(approved.decidedAt().atZone(LondonTime.ZONE)) + ": ");
        open("reports/" + cycleId);
        assertThat(_get(ReportPreview.class).getElement().getProperty("innerHTML")).contains("Executive summary");
    }

    @Test
    void thePerformanceTeamCompilesADraftDuringCollectionThatIsMarkedAndNeverStored() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long cycleId = scenario.cycle.id();
        scenario.enter("HF-1", 2, "85");

        signIn("perf");
        open("reports/" + cycleId + "/approval");
        assertThat(_get(ReportApprovalView.class).getElement().getTextRecursively())
                .contains("Compilation for the chief executive is on");
        Button compile = _get(Button.class, s -> s.withText("Compile a draft report"));
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Cabinet");
        _click(compile);
        assertThat(compile.isEnabled()).as("no draft while the cover report typed is not saved").isTrue();
        assertThat(_get(DraftReportPanel.class).getElement().getTextRecursively()).contains("Save the cover report"
                + " first: the report is compiled from what is saved, and your changes are not saved yet.");
        _click(_get(Button.class, s -> s.withText("Save cover report")));
        _click(compile);
        // compiled on a thread of its own: the page keeps answering, one click is one draft until it is done
        assertThat(compile.isEnabled()).as("the button waits for the draft").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("the page asks for news").isPositive();
        Await.until("the draft shown", ReturnScenario.WAIT, () -> {
            MockVaadin.clientRoundtrip();
            return !_find(ReportPreview.class).isEmpty();
        });
        assertThat(compile.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("no more asking once it is shown").isNegative();

        String html = _get(ReportPreview.class).getElement().getProperty("innerHTML");
        assertThat(html).contains("DRAFT: not for publication")
                .contains("Status: <strong>Draft, compiled before the deadline of ")
                .contains(": Missing here means not yet in</strong>");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Draft PDF");
        assertThat(context.getBean(ReportVersions.class).forCycle(cycleId)).as("a draft is never stored").isEmpty();
        assertThat(cycles.find(cycleId).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
        draftFilesGoWithThePage();

        ReportDrafts drafts = context.getBean(ReportDrafts.class);
        ReportDrafts.Draft compiled = drafts.compile(cycleId, "perf");
        byte[] pdf = Files.readAllBytes(compiled.pdf());
        compiled.discard();
        assertThat(compiled.pdf()).doesNotExist();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(document)).as("page " + page).contains("DRAFT: not for publication");
            }
        }
        // one after another: the second is told it waits for the first
        AtomicInteger firstWaited = new AtomicInteger();
        AtomicInteger secondWaited = new AtomicInteger();
        var first = drafts.compileInBackground(cycleId, "perf", waits(firstWaited));
        var second = drafts.compileInBackground(cycleId, "perf", waits(secondWaited));
        assertThat(Files.size(first.get(60, TimeUnit.SECONDS).pdf())).isPositive();
        assertThat(Files.size(second.get(60, TimeUnit.SECONDS).pdf())).isPositive();
        assertThat(firstWaited).hasValue(0);
        assertThat(secondWaited).hasValue(1);
        assertThatThrownBy(() -> drafts.compileInBackground(cycleId, "reader", waits(firstWaited)))
                .as("refused at once, before anything starts").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.compile(cycleId, "reader")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.compile(cycleId, "dir.housing")).isInstanceOf(NotAllowedException.class);
    }

    /**
     * A draft's PDF waits in a file, not in the session: a second draft replaces the first's file, and leaving the
     * page deletes the file of the draft it showed.
     */
    private void draftFilesGoWithThePage() throws Exception {
        Path first = _get(DraftReportPanel.class).shownPdf().orElseThrow();
        assertThat(new String(Files.readAllBytes(first), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        _click(_get(Button.class, s -> s.withText("Compile a draft report")));
        Await.until("the second draft shown", ReturnScenario.WAIT, () -> {
            MockVaadin.clientRoundtrip();
            return _get(DraftReportPanel.class).shownPdf().isPresent();
        });
        Path second = _get(DraftReportPanel.class).shownPdf().orElseThrow();
        assertThat(first).as("the first draft's file, once replaced").doesNotExist();
        assertThat(second).exists();
        open("reports");
        assertThat(second).as("the draft's file, once its page is left").doesNotExist();
    }

    private static PrintProgress waits(AtomicInteger waited) {
        return new PrintProgress() {
            @Override
            public void waiting() {
                waited.incrementAndGet();
            }

            @Override
            public void printed(int steps, int of) {
                // not counted here
            }
        };
    }

    @Test
    void thePerformanceTeamWritesTheCommentaryThatTheCompiledReportPrints() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long cycleId = scenario.cycle.id();
        String path = "reports/" + cycleId + "/approval";

        signIn("perf");
        open(path);
        TextArea text = _get(TextArea.class, s -> s.withLabel(COMMENTARY));
        String tooLong = "x".repeat(ReportCommentary.MOST_CHARACTERS + 1);
        _setValue(text, tooLong);
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("at most " + ReportCommentary.MOST_CHARACTERS);
        assertThat(text.getValue()).as("the typed text is kept").isEqualTo(tooLong);
        assertThat(cycles.commentary(cycleId)).isNull();

        _setValue(text, "Repairs recovered in the quarter.\n\nTemporary accommodation <b>remains</b> a pressure.\n");
        _click(_get(Button.class, s -> s.withText("Save commentary")));
        assertThat(text.isInvalid()).isFalse();
        assertThat(_get(CommentaryEditor.class).unsaved()).as("saved, its trailing line break no change").isEmpty();
        assertThat(cycles.commentary(cycleId)).startsWith("Repairs recovered in the quarter.");
        assertThatThrownBy(() -> context.getBean(ReportCommentary.class).write(cycleId, "ceo", "Mine"))
                .isInstanceOf(NotAllowedException.class);

        scenario.completeAndAccept();
        awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);

        open(path);
        String report = _get(ReportPreview.class).getElement().getProperty("innerHTML");
        assertThat(report).contains(">Repairs recovered in the quarter.</p>")
                .contains("Temporary accommodation &lt;b&gt;remains&lt;/b&gt; a pressure.");
        assertThat(_find(TextArea.class, s -> s.withLabel(COMMENTARY)))
                .as("no editing while the chief executive decides on the compiled version").isEmpty();
        assertThatThrownBy(() -> context.getBean(ReportCommentary.class).write(cycleId, "perf", "Late words"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cycles.commentary(cycleId)).startsWith("Repairs recovered");
    }

    @Test
    void thePerformanceTeamEntersTheCoverReportWhichIsPrintedFirst() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, YEAR.getAndIncrement());
        long cycleId = scenario.cycle.id();
        String path = "reports/" + cycleId + "/approval";
        String api = "/api/years/" + scenario.year + "/quarters/2/report/cover";

        signIn("perf");
        open(path);
        _setValue(_get(TextField.class, s -> s.withLabel("Name of meeting")), "Cabinet & Council");
        _setValue(_get(DatePicker.class, s -> s.withLabel("Date of meeting")), LocalDate.of(2017, 11, 21));
        assertThat(_get(DatePicker.class, s -> s.withLabel("Date of meeting")).getI18n().getDateFormats())
                .as("typed day first, as every date here, also 21/11/17").containsSubsequence("dd/MM/yyyy", "d/M/yy");
        _setValue(_get(TextArea.class, s -> s.withLabel("Purpose of report")),
                "To give Members an overview of the Council's performance.");
        _get(RadioButtonGroup.class, s -> s.withLabel("Key decision")).setValue("No");
        _setValue(_get(TextArea.class, s -> s.withLabel("Officer recommendations")),
                "It is recommended that the report is noted.");
        String tooLong = "x".repeat(301);
        _setValue(_get(TextField.class, s -> s.withLabel("Cabinet member responsible")), tooLong);
        _click(_get(Button.class, s -> s.withText("Save cover report")));
        assertThat(_get(CabinetCoverEditor.class).getElement().getTextRecursively())
                .contains("Not saved: Cabinet member is 301 characters long: at most 300 fit.");
        assertThat(_get(TextField.class, s -> s.withLabel("Cabinet member responsible")).getValue())
                .as("what was typed is kept").isEqualTo(tooLong);
        assertThat(context.getBean(CabinetCoverService.class).read(cycleId).isEmpty()).isTrue();

        _setValue(_get(TextField.class, s -> s.withLabel("Cabinet member responsible")), "Cllr A Leader");
        _click(_get(Button.class, s -> s.withText("Save cover report")));
        CabinetCover saved = context.getBean(CabinetCoverService.class).read(cycleId);
        assertThat(saved.meeting()).isEqualTo("Cabinet & Council");
        assertThat(saved.meetingDate()).isEqualTo(LocalDate.of(2017, 11, 21));
        assertThat(saved.keyDecision()).isFalse();

        // the API reads it back, and only the performance team writes it
        assertThat(new Api(url(""), "perf", "demo").get(api).getBody()).contains("\"meeting\":\"Cabinet & Council\"")
                .contains("\"meetingDate\":\"2017-11-21\"");
        String body = "{\"meeting\":\"Cabinet\",\"meetingDate\":\"2017-11-28\",\"keyDecision\":false,"
                + "\"contactOfficer\":\"Performance Lead Officer\",\"cabinetMember\":\"Cllr A Leader\","
                + "\"purpose\":\"To give Members an overview of the Council's performance.\"}";
        assertThat(new Api(url(""), "ceo", "demo").put(api, "application/json", body.getBytes(UTF_8))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(new Api(url(""), "perf", "demo").put(api, "application/json", "{\"meetingDate\": \"21/11\"}"
                .getBytes(UTF_8)).getStatusCode().value()).isEqualTo(400);
        String readBefore = new Api(url(""), "perf", "demo").get(api).getHeaders().getETag();
        assertThat(new Api(url(""), "perf", "demo").put(api, "application/json", body.getBytes(UTF_8),
                h -> h.setIfMatch(readBefore)).getStatusCode().value()).isEqualTo(200);
        assertThat(context.getBean(CabinetCoverService.class).read(cycleId).meeting()).isEqualTo("Cabinet");
        // a tool that read the cover before that save, sending If-Match, does not overwrite it unseen
        String stale = body.replace("\"Cabinet\"", "\"Stale Cabinet\"");
        assertThat(new Api(url(""), "perf", "demo").put(api, "application/json", stale.getBytes(UTF_8),
                h -> h.setIfMatch(readBefore)).getStatusCode().value()).isEqualTo(412);
        assertThat(context.getBean(CabinetCoverService.class).read(cycleId).meeting()).isEqualTo("Cabinet");
        String current = new Api(url(""), "perf", "demo").get(api).getHeaders().getETag();
        assertThat(current).isNotEqualTo(readBefore);
        assertThat(new Api(url(""), "perf", "demo").put(api, "application/json", stale.getBytes(UTF_8),
                h -> h.setIfMatch(current)).getStatusCode().value()).isEqualTo(200);
        assertThat(context.getBean(CabinetCoverService.class).read(cycleId).meeting()).isEqualTo("Stale Cabinet");
        String latest = new Api(url(""), "perf", "demo").get(api).getHeaders().getETag();
        assertThat(new Api(url(""), "perf", "demo").put(api, "application/json", body.getBytes(UTF_8),
                h -> h.setIfMatch(latest)).getStatusCode().value()).isEqualTo(200);

        // Housing is asked for a highlight report, which its data officer writes in the return
        HighlightReports highlights = context.getBean(HighlightReports.class);
        long housingService = scenario.housing.serviceId();
        assertThatThrownBy(() -> highlights.setWanted(cycleId, housingService, true, "data.housing"))
                .isInstanceOf(NotAllowedException.class);
        highlights.setWanted(cycleId, housingService, true, "perf");
        try {
            signIn("data.housing");
            open(ReturnView.path(scenario.housing.id()));
            _setValue(_get(TextArea.class, s -> s.withLabel("Current issues")), "Void turnaround slowed in August.");
            _setValue(_get(TextArea.class, s -> s.withLabel("Improvements")), "Repairs completed on time rose.");
            _setValue(_get(TextArea.class, s -> s.withLabel("Head of service's narrative")), "A steady quarter.");
            assertThat(highlights.find(scenario.housing.id()).orElseThrow().improvements())
                    .isEqualTo("Repairs completed on time rose.");
            assertThatThrownBy(() -> highlights.save(scenario.housing.id(), "data.learning", null,
                    new Highlight("Not mine", null, null))).isInstanceOf(NotAllowedException.class);

            scenario.enter("HF-1", 2, "85");
            scenario.enter("HF-2", 2, "55");
            scenario.keyActionOnTrack(2);
            ReturnWorkflow workflow = context.getBean(ReturnWorkflow.class);
            workflow.submit(scenario.housing.id(), "data.housing");
            assertThatThrownBy(() -> highlights.save(scenario.housing.id(), "data.housing", null,
                    new Highlight("Too late", null, null))).isInstanceOf(IllegalStateException.class);
            workflow.signOff(scenario.housing.id(), "dir.housing");
            workflow.accept(scenario.housing.id(), "perf");
            awaitStatus(cycleId, CycleStatus.AWAITING_APPROVAL);
        } finally {
            scenario.noHighlightReportByDefault();
        }

        signIn("perf");
        open(path);
        String report = _get(ReportPreview.class).getElement().getProperty("innerHTML");
        assertThat(report).contains(">Highlight reports</h2>").contains("Void turnaround slowed in August.")
                .contains("A steady quarter.");
        assertThat(report.indexOf("Name of meeting")).as("the cover report comes first").isPositive()
                .isLessThan(report.indexOf(">Key to ratings</h2>"));
        assertThat(report).contains("28 November 2017").contains("Cllr A Leader").contains("Performance Lead Officer");
        assertThat(_find(CabinetCoverEditor.class)).as("no editing while the chief executive decides").isEmpty();
        assertThatThrownBy(() -> context.getBean(CabinetCoverService.class).write(cycleId, "perf", saved))
                .isInstanceOf(IllegalStateException.class);
        // the stored version reads back with its cover, on the application's clock
        String content = new Api(url(""), "perf", "demo").get("/api/years/" + scenario.year + "/quarters/2/report")
                .getBody();
        assertThat(content).contains("\"meeting\":\"Cabinet\"").contains("Compiled on ");
        // the API gives the version as it was compiled beside its files, not its input compiled again (a later
        // release would word it anew): an input changed under it changes nothing the API says
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertThat(jdbc.sql("update report_version set input_json = replace(input_json, '\"meeting\":\"Cabinet\"',"
                + " '\"meeting\":\"Compiled again\"')"
                + " where cycle_id = :c and input_json like '%\"meeting\":\"Cabinet\"%'")
                .param("c", cycleId).update()).isPositive();
        assertThat(new Api(url(""), "perf", "demo").get("/api/years/" + scenario.year + "/quarters/2/report")
                .getBody()).contains("\"meeting\":\"Cabinet\"").doesNotContain("Compiled again");
    }

    /** The report's compliance statement, the compliance tiles and the curve give the same figures. */
    private void theComplianceViewPrintsTheReportsFigures(ReturnScenario scenario, String reportHtml) {
        CycleCompliance c = context.getBean(ComplianceService.class).forCycle(scenario.cycle.id());
        int days = c.daysTo95();
        assertThat(reportHtml).contains("Of 1 return due, 1 was in on time, 0 were in late and 0 are not yet in.")
                .contains("95% of returns were in " + days + (days == 1 ? " day" : " days") + " after quarter end.");
        signIn("perf");
        open("compliance");
        @SuppressWarnings("unchecked")
        Select<Cycle> select = _get(Select.class, s -> s.withLabel("Cycle"));
        _setValue(select, select.getListDataView().getItems().filter(x -> x.id() == scenario.cycle.id()).findFirst()
                .orElseThrow());
        String tiles = _get(Div.class, s -> s.withClasses("compliance-counts")).getElement().getTextRecursively();
        assertThat(tiles).contains("Returns due1").contains("In on time1 (100%)").contains("In late0 (0%)")
                .contains("Not yet in0 (0%)").contains("Days to 95% in" + days);
        assertThat(_get(Div.class, s -> s.withClasses("completeness")).getElement().getTextRecursively())
                .contains(scenario.cycle.shortName() + ": 100% in by day ").contains("95% reached on day " + days);
    }

    private void awaitStatus(long cycleId, CycleStatus status) {
        Await.until("the cycle " + status.label().toLowerCase(), ReturnScenario.WAIT,
                () -> cycles.find(cycleId).orElseThrow().status() == status);
    }
}
