package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.quarterlyreturns.returns.ui.EvidenceFormTest.panel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.base.ui.TabularUpload;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * Each upload's button says what it is for, which files it takes and how large, to a screen reader too: Vaadin's own
 * button reads "Upload Files…", the same for every measure, and the drop label beside it is hidden from a screen reader.
 */
class UploadsSayWhatTheyTakeTest extends ViewTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eachUploadsButtonSaysWhatItTakes() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7644);
        signIn("dir.housing");
        open(ReturnView.path(scenario.housing.id()));

        Button evidence = button(_get(panel("HF-1"), Upload.class));
        assertThat(evidence.getText()).isEqualTo("Add evidence for HF-1…");
        assertThat(evidence.getAriaLabel()).hasValue("Add evidence for HF-1: PDF, Word, Excel, CSV, ODF, PNG, JPEG or"
                + " text, up to 10 MB");
        assertThat(button(_get(panel("HF-2"), Upload.class)).getText()).isEqualTo("Add evidence for HF-2…");

        Button values = button(_get(_get(ReturnFiles.class), Upload.class));
        assertThat(values.getText()).isEqualTo("Upload values…");
        assertThat(values.getAriaLabel()).hasValue("Upload values: a CSV file or this return's workbook (XLSX), up to"
                + " 5 MB");

        Button file = button(TabularUpload.of((bytes, name) -> { }, refused -> { }));
        assertThat(file.getText()).isEqualTo("Upload a file…");
        assertThat(file.getAriaLabel()).hasValue("Upload a file: CSV or XLSX, up to 5 MB");
    }

    private static Button button(Upload upload) {
        assertThat(upload.getUploadButton()).as("our own, not Vaadin's \"Upload Files…\"").isInstanceOf(Button.class);
        return (Button) upload.getUploadButton();
    }
}
