package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.report.CabinetCover;
import uk.quarterlyreturns.report.CabinetCoverService;

/**
 * The performance team enters the cover report Cabinet reads first. A refused save keeps every field
 * as typed and says what to fix.
 */
class CabinetCoverEditor extends VerticalLayout implements UnsavedWords {

    static final String YES = "Yes";
    static final String NO = "No";
    static final String NOT_STATED = "Not stated";

    private final TextField meeting = new TextField("Name of meeting");
    private final DatePicker meetingDate = UkDates.datePicker("Date of meeting");
    private final TextField title = new TextField("Title of report");
    private final TextArea purpose = new TextArea("Purpose of report");
    private final RadioButtonGroup<String> keyDecision = new RadioButtonGroup<>("Key decision");
    private final TextArea recommendations = new TextArea("Officer recommendations");
    private final TextArea reasons = new TextArea("Reasons for the recommendations");
    private final TextField cabinetMember = new TextField("Cabinet member responsible");
    private final TextField director = new TextField("Director responsible");
    private final TextArea contact = new TextArea("Contact officer");
    private final Button save = new Button("Save cover report");
    private final Paragraph problem = new Paragraph();
    private final Paragraph lastSaved = new Paragraph();
    private final Button mineOverTheirs = new Button("Save mine over theirs");
    /** The colleague's cover a refused save met, for "Save mine over theirs"; null otherwise. */
    private CabinetCover theirs;
    /** The cover as this page last read or saved it: a save over someone else's since is refused. */
    private CabinetCover shown;
    /** A field changed by the person since the page read or last saved the cover. */
    private boolean changed;

    CabinetCoverEditor(CabinetCoverService covers, long cycleId, String user) {
        setPadding(false);
        addClassName("cabinet-cover-editor");
        meetingDate.setHelperText("e.g. 21/11/2017");
        title.setHelperText("Leave blank to use the report's own title");
        keyDecision.setItems(YES, NO, NOT_STATED);
        keyDecision.setHelperText("Likely to result in spending or saving £250k or more, or to have a significant"
                + " effect on two or more electoral wards?");
        for (TextArea area : List.of(purpose, recommendations, reasons, contact)) {
            area.setWidthFull();
        }
        problem.addClassName("error");
        problem.setVisible(false);
        shown = covers.read(cycleId);
        fill(shown);
        lastSaved.addClassName("last-saved");
        showLastSaved(covers, cycleId);
        FormLayout form = new FormLayout(meeting, meetingDate, title, keyDecision, purpose, recommendations, reasons,
                cabinetMember, director, contact);
        form.setColspan(purpose, 2);
        form.setColspan(recommendations, 2);
        form.setColspan(reasons, 2);
        form.setColspan(contact, 2);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(meeting, meetingDate, title, keyDecision, purpose,
                recommendations, reasons, cabinetMember, director, contact)) {
            field.addValueChangeListener(e -> changed |= e.isFromClient());
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(covers, cycleId, user));
        mineOverTheirs.setVisible(false);
        mineOverTheirs.addClickListener(e -> saveMineOverTheirs(covers, cycleId, user));
        add(new H3("Cover report for Cabinet"), new Paragraph("Printed before the report; read when the report is"
                + " compiled."), lastSaved, form, problem, new HorizontalLayout(save, mineOverTheirs));
    }

    /** The fields changed here over the colleague's cover; theirs kept in every other (CabinetCover.mineOverTheirs). */
    private void saveMineOverTheirs(CabinetCoverService covers, long cycleId, String user) {
        CabinetCover merged = CabinetCover.mineOverTheirs(cover(), shown, theirs);
        shown = theirs;
        fill(merged);
        mineOverTheirs.setVisible(false);
        save(covers, cycleId, user);
    }

    private void save(CabinetCoverService covers, long cycleId, String user) {
        Optional<String> unread = UkDates.unread(meetingDate);
        if (unread.isPresent()) { // saved, the box would count as empty and wipe the meeting date stored
            problem.setText("Not saved: " + unread.get());
            problem.setVisible(true);
            return;
        }
        try {
            shown = covers.write(cycleId, user, cover(), shown);
            changed = false;
            problem.setVisible(false);
            showLastSaved(covers, cycleId);
            Notification.show("Cover report saved", 4000, Notification.Position.TOP_CENTER);
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
            problem.setText("Not saved: " + ex.getMessage());
            problem.setVisible(true);
            theirs = ex instanceof CabinetCoverService.SavedMeanwhile meanwhile ? meanwhile.theirs() : null;
            mineOverTheirs.setVisible(theirs != null);
        }
    }

    @Override
    public Optional<String> unsaved() {
        return changed ? Optional.of("the cover report") : Optional.empty();
    }

    private void showLastSaved(CabinetCoverService covers, long cycleId) {
        lastSaved.setText(covers.lastSaved(cycleId).orElse(""));
        lastSaved.setVisible(!lastSaved.getText().isEmpty());
    }

    private void fill(CabinetCover c) {
        set(meeting, c.meeting());
        meetingDate.setValue(c.meetingDate());
        set(title, c.title());
        set(purpose, c.purpose());
        keyDecision.setValue(c.keyDecision() == null ? NOT_STATED : c.keyDecision() ? YES : NO);
        set(recommendations, c.recommendations());
        set(reasons, c.reasons());
        set(cabinetMember, c.cabinetMember());
        set(director, c.directorResponsible());
        set(contact, c.contactOfficer());
    }

    private CabinetCover cover() {
        String key = keyDecision.getValue();
        return new CabinetCover(meeting.getValue(), meetingDate.getValue(), title.getValue(), purpose.getValue(),
                YES.equals(key) ? Boolean.TRUE : NO.equals(key) ? Boolean.FALSE : null, recommendations.getValue(),
                reasons.getValue(), cabinetMember.getValue(), director.getValue(), contact.getValue());
    }

    private static void set(HasValue<?, String> field, String value) {
        field.setValue(value == null ? "" : value);
    }
}
