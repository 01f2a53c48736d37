package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceChecks;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.TrailWords;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The evidence beside each measure of a return's form: kept as uploaded and downloaded as kept, refused with a reason
 * and nothing kept, removed only when asked twice, in the return's history, and locked for its data officers from
 * submission, even from a page left open before it.
 */
class EvidenceFormTest extends ViewTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;
    @Autowired ReturnTrail trail;
    @Autowired UserAdministration admin;
    @Autowired Organisation organisation;

    @Test
    void aFileKeptAsEvidenceDownloadsAsItWasUploadedAndIsInTheHistoryWithItsHash() throws Exception {
        ReturnScenario scenario = openedByTheDataOfficer(5210);

        panel("HF-1").receive(PDF, "C:\\fakepath\\extract.pdf");

        assertThat(outcome("HF-1")).isEqualTo("extract.pdf kept as evidence for HF-1.");
        EvidenceFile kept = evidence.of(scenario.measureId("HF-1"), 2).get(0);
        assertThat(kept.sha256()).isEqualTo(sha256(PDF));
        assertThat(kept.size()).isEqualTo(PDF.length);
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.uploadedBy()).isEqualTo("data.housing");
        Anchor link = _get(panel("HF-1"), Anchor.class, s -> s.withText("extract.pdf"));
        assertThat(link.getElement().hasAttribute("download")).as("saved, not opened in the browser").isTrue();
        byte[] downloaded = DownloadKt._download(link);
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(sha256(downloaded)).isEqualTo(kept.sha256());
        assertThat(panel("HF-2").getElement().getTextRecursively()).doesNotContain("extract.pdf");
        ReturnTrail.Event added = lastEvent(scenario, Evidence.ADDED);
        assertThat(added.actor()).isEqualTo("data.housing");
        assertThat(added.item()).isEqualTo("HF-1");
        assertThat(added.newValue()).isEqualTo("extract.pdf (" + PDF.length + " bytes, SHA-256 "
                + sha256(PDF).substring(0, 12) + ")");
        assertThat(TrailWords.what(added.kind())).isEqualTo("Evidence added");
    }

    @Test
    void aRefusedFileLeavesNothingKeptAndSaysWhy() throws Exception {
        ReturnScenario scenario = openedByTheDataOfficer(5211);
        long hf1 = scenario.measureId("HF-1");
        EvidencePanel panel = panel("HF-1");

        byte[] tooLarge = new byte[EvidenceChecks.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        panel.receive(tooLarge, "huge.pdf");
        assertThat(outcome("HF-1")).isEqualTo("Nothing was kept: huge.pdf is larger than 10 MB: an evidence file may be"
                + " at most 10 MB");
        panel.receive(PDF, "page.html");
        assertThat(outcome("HF-1")).isEqualTo("Nothing was kept: page.html: only PDF, Word, Excel, CSV, ODF, PNG,"
                + " JPEG or text files may be kept as evidence");
        panel.receive("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "extract.pdf");
        assertThat(outcome("HF-1")).startsWith("Nothing was kept: extract.pdf is not what its name says");
        assertThat(evidence.of(hf1, 2)).isEmpty();

        for (int i = 1; i <= EvidenceChecks.MAX_FILES; i++) {
            evidence.add(scenario.housing.id(), hf1, "count-" + i + ".csv",
                    ("sheet," + i).getBytes(StandardCharsets.UTF_8), "data.housing");
        }
        panel.receive(PDF, "eleventh.pdf");
        assertThat(outcome("HF-1")).isEqualTo("Nothing was kept: HF-1 already has 10 evidence files this quarter:"
                + " remove one before adding another");
        assertThat(evidence.of(hf1, 2)).hasSize(EvidenceChecks.MAX_FILES)
                .noneMatch(f -> f.fileName().equals("eleventh.pdf"));
        assertThat(trail.history(scenario.housing.id()).stream().filter(e -> e.kind().equals(Evidence.ADDED)))
                .as("only the files kept").hasSize(EvidenceChecks.MAX_FILES);
    }

    @Test
    void removingAFileAsksFirstAndTheHistoryKeepsANoteOfIt() throws Exception {
        ReturnScenario scenario = openedByTheDataOfficer(5212);
        panel("HF-1").receive(PDF, "extract.pdf");
        EvidenceFile kept = evidence.of(scenario.measureId("HF-1"), 2).get(0);

        _click(_get(panel("HF-1"), Button.class, s -> s.withText("Remove")));
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).startsWith("Remove extract.pdf from HF-1's evidence?");
        assertThat(evidence.of(scenario.measureId("HF-1"), 2)).as("not before they confirm").hasSize(1);
        ConfirmDialogKt._fireConfirm(question);

        assertThat(evidence.of(scenario.measureId("HF-1"), 2)).isEmpty();
        assertThat(_find(panel("HF-1"), Anchor.class, s -> s.withText("extract.pdf"))).isEmpty();
        ReturnTrail.Event removed = lastEvent(scenario, Evidence.REMOVED);
        assertThat(removed.actor()).isEqualTo("data.housing");
        assertThat(removed.item()).isEqualTo("HF-1");
        assertThat(removed.oldValue()).isEqualTo(kept.described());
    }

    /** A colleague's file stays theirs to remove; the director, who answers for the return, may remove any. */
    @Test
    void aFileIsRemovedByWhoeverAddedItOrTheDirector() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5213);
        String colleague = "evidence.colleague5213";
        admin.create(new UserFields(colleague, "Colleague", colleague + "@council.test", EnumSet.of(Role.DATA_OFFICER),
                organisation.findService("Housing").orElseThrow().id(), null), "a long enough password", "admin");
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "extract.pdf", PDF, "data.housing");

        signIn(colleague);
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_find(panel("HF-1"), Button.class, s -> s.withText("Remove"))).isEmpty();
        assertThat(_find(panel("HF-1"), Upload.class)).as("theirs to add to").hasSize(1);

        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_find(panel("HF-1"), Button.class, s -> s.withText("Remove"))).hasSize(1);
    }

    @Test
    void fromSubmissionTheEvidenceIsLockedEvenFromAPageLeftOpenBeforeIt() throws Exception {
        ReturnScenario scenario = openedByTheDataOfficer(5214);
        long hf1 = scenario.measureId("HF-1");
        EvidencePanel leftOpen = panel("HF-1");
        leftOpen.receive(PDF, "extract.pdf");

        scenario.completeAndSubmit();

        leftOpen.receive("late,1".getBytes(StandardCharsets.UTF_8), "late.csv");
        assertThat(outcome("HF-1")).isEqualTo("Nothing was kept: Housing's return is submitted: its evidence is"
                + " locked with it until it is sent back or reopened");
        _click(_get(leftOpen, Button.class, s -> s.withText("Remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(outcome("HF-1")).startsWith("Nothing was removed: Housing's return is submitted");
        assertThat(evidence.of(hf1, 2)).extracting(EvidenceFile::fileName).containsExactly("extract.pdf");

        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_find(panel("HF-1"), Upload.class)).as("the data officer is offered no upload").isEmpty();
        assertThat(_find(panel("HF-1"), Button.class, s -> s.withText("Remove"))).isEmpty();
        assertThat(_find(panel("HF-1"), Anchor.class, s -> s.withText("extract.pdf"))).hasSize(1);
        // the director may still change the figures at sign-off, and so their evidence (EvidenceWithTheFiguresTest)
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));
        assertThat(_find(panel("HF-1"), Upload.class)).hasSize(1);
    }

    @Test
    void aPageLeftOpenBySomeoneWhoHasSinceLostTheReturnDownloadsNoEvidence() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5215);
        String officer = "evidence.moved5215";
        long housing = organisation.findService("Housing").orElseThrow().id();
        long elsewhere = organisation.services().stream().filter(s -> s.id() != housing).findFirst().orElseThrow()
                .id();
        admin.create(new UserFields(officer, "Officer", officer + "@council.test", EnumSet.of(Role.DATA_OFFICER),
                housing, null), "a long enough password", "admin");
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "extract.pdf", PDF, "data.housing");
        signIn(officer);
        open(ReturnView.path(scenario.housing.id()));
        Anchor link = _get(panel("HF-1"), Anchor.class, s -> s.withText("extract.pdf"));
        assertThat(DownloadKt._download(link)).as("while the return is theirs").isEqualTo(PDF);

        admin.update(new UserFields(officer, "Officer", officer + "@council.test", EnumSet.of(Role.DATA_OFFICER),
                elsewhere, null), "admin");

        assertThat(DownloadKt._download(link)).as("once moved to another service").isEmpty();
        long id = evidence.of(scenario.measureId("HF-1"), 2).get(0).id();
        for (String refused : List.of("data.highways", "dir.highways", "reader")) {
            assertThat(evidence.download(id, refused)).as(refused).isEmpty();
        }
        for (String reads : List.of("data.housing", "dir.housing", "sd.economy", "perf", "ceo")) {
            assertThat(evidence.download(id, reads)).as(reads).isPresent();
        }
    }

    /** Housing's return in a year of the test's own, open on its data officer's screen. */
    private ReturnScenario openedByTheDataOfficer(int year) throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, year);
        signIn("data.housing");
        open(ReturnView.path(scenario.housing.id()));
        return scenario;
    }

    static EvidencePanel panel(String code) {
        return _find(EvidencePanel.class).stream().filter(p -> p.measure().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no evidence beside " + code));
    }

    static String outcome(String code) {
        return _find(panel(code), Paragraph.class).stream().map(Paragraph::getText).filter(t -> !t.isEmpty())
                .reduce((a, b) -> b).orElse("");
    }

    private ReturnTrail.Event lastEvent(ReturnScenario scenario, String kind) {
        return trail.history(scenario.housing.id()).stream().filter(e -> e.kind().equals(kind))
                .reduce((a, b) -> b).orElseThrow();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
