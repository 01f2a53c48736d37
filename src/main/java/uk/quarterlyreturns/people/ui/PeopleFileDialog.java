package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.ui.TabularUpload;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularFileException;
import uk.quarterlyreturns.people.AccountWay;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.WorkNotAgreedException;
import uk.quarterlyreturns.base.ui.FormDialog;

/**
 * Upload the people file, then import it: all or nothing, as {@code PUT /api/people} does; a refused file lists
 * every bad row and column, and nothing changes. A file that takes work from people (WorkTaken) is asked about first.
 */
class PeopleFileDialog extends FormDialog {

    private final VerticalLayout result = new VerticalLayout();
    private final Button confirm = new Button("Import");
    private TabularFile pending;
    private final PeopleFile file;
    private final String me;
    private final String howNewPeopleSignIn;
    private final Runnable imported;

    PeopleFileDialog(PeopleFile file, String me, String howNewPeopleSignIn, Runnable imported) {
        setHeaderTitle("Import the people file");
        setWidth("min(90vw, 900px)");
        Upload upload = TabularUpload.of(this::read, this::refused);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        this.file = file;
        this.me = me;
        this.howNewPeopleSignIn = howNewPeopleSignIn;
        this.imported = imported;
        confirm.addClickListener(e -> {
            confirm.setEnabled(false); // a second click imports nothing twice
            try {
                List<String> taken = file.workTaken(pending, me);
                if (taken.isEmpty()) {
                    importAgreeing(taken);
                } else {
                    confirm.setEnabled(true); // for after Cancel: the question is modal meanwhile
                    WorkTakenQuestion.ask("Take work from these people?", "Importing this file takes work from"
                            + " people who hold it now:", taken, "Import and make these changes",
                            () -> importAgreeing(taken));
                }
            } catch (ImportRejectedException ex) {
                showErrors(ex);
            } catch (NotAllowedException ex) {
                notImported(ex.getMessage());
            }
        });
        add(new Paragraph("Columns " + String.join(", ", PeopleFile.COLUMNS) + "; roles separated by ;. Someone"
                + " already here is updated, anyone new is created. One bad row refuses the whole file."), upload,
                result);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    /** Imports the file as long as it takes from people what the administrator agreed to, and nothing else. */
    private void importAgreeing(List<String> agreed) {
        confirm.setEnabled(false);
        try {
            PeopleFile.Result done = file.importFile(pending, me, AccountWay.FILE_IMPORT, () -> { }, agreed);
            Notification.show(done.created() + " created, " + done.updated() + " updated. " + howNewPeopleSignIn,
                    8000, Notification.Position.TOP_CENTER);
            imported.run();
            close();
        } catch (ImportRejectedException ex) {
            showErrors(ex);
        } catch (WorkNotAgreedException ex) {
            // someone changed people meanwhile (another administrator, another tab): the answer was to another question
            notImported("the people changed since you were asked, so nothing changed. Press Import to see what the"
                    + " file does now.");
            confirm.setEnabled(true);
        } catch (NotAllowedException ex) {
            notImported(ex.getMessage());
        }
    }

    private void notImported(String why) {
        result.removeAll();
        result.add(new Paragraph("Not imported: " + why));
    }

    /** What the import says of its new people, by the ways this installation lets anyone sign in. */
    static String howNewPeopleSignIn(boolean councilAccounts, boolean passwordsHere) {
        String choose = "choose a password with \"Forgot your password?\" on the sign-in page, or you reset theirs";
        if (councilAccounts && passwordsHere) {
            return "A new user signs in with their council account, or once they " + choose;
        }
        return councilAccounts ? "A new user signs in with their council account"
                : "A new user signs in once they " + choose;
    }

    /** A file the browser would not send: whatever an earlier file offered is offered no longer. */
    private void refused(String words) {
        result.removeAll();
        confirm.setEnabled(false);
        pending = null;
        result.add(new Paragraph(words));
    }

    /** What an upload hands over: read, then offered for import. */
    void read(byte[] bytes, String name) {
        result.removeAll();
        confirm.setEnabled(false);
        pending = null;
        try {
            pending = TabularFile.read(bytes, name);
            result.add(new Paragraph(pending.rows().size() + " people read. Press Import to save them."));
            confirm.setEnabled(true);
        } catch (TabularFileException e) {
            result.add(new Paragraph(e.getMessage()));
        }
    }

    private void showErrors(ImportRejectedException rejected) {
        result.removeAll();
        Grid<ImportError> grid = new Grid<>(ImportError.class, false);
        grid.addColumn(ImportError::row).setHeader("Row").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportError::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportError::message).setHeader("Problem").setFlexGrow(3);
        grid.setItems(rejected.errors());
        grid.setAriaLabel("Import errors");
        result.add(new Paragraph(rejected.errors().size() + " problems: nobody was created or changed. Correct the"
                + " file and upload it again."), grid);
    }
}
