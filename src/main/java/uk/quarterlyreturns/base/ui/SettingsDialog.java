package uk.quarterlyreturns.base.ui;

/** What "My settings" opens for the signed-in person: supplied by a feature, so the frame needs to know none. */
public interface SettingsDialog {

    void open(String username);
}
