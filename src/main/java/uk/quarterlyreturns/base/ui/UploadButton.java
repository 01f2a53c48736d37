package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;

/**
 * An upload's button in our words. Vaadin's own reads "Upload Files…" to a screen reader, and the drop label that
 * says what the upload is for, which files it takes and how large, is hidden from it: the button says it all.
 */
public final class UploadButton {

    private UploadButton() {
    }

    /**
     * @param does what the upload does, the button's words ("Add evidence for HF-1")
     * @param takes which files, and how large ("PDF or text, up to 10 MB"), heard with the words
     */
    public static Button on(Upload upload, String does, String takes) {
        Button button = new Button(does + "…");
        button.setAriaLabel(does + ": " + takes);
        upload.setUploadButton(button);
        return button;
    }
}
