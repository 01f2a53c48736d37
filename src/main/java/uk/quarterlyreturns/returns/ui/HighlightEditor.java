package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.Highlight;
import uk.quarterlyreturns.returns.HighlightReports;

/**
 * The return's highlight report, for a service the performance team asked for one: current issues,
 * improvements and the head of service's narrative. A refused save keeps what was typed.
 */
class HighlightEditor extends Section {

    private final TextArea issues = new TextArea("Current issues");
    private final TextArea improvements = new TextArea("Improvements");
    private final TextArea narrative = new TextArea("Head of service's narrative");
    private final Paragraph problem = new Paragraph();

    HighlightEditor(ReturnContext context, HighlightReports highlights) {
        addClassName("highlight-report");
        Highlight h = highlights.find(context.returnId()).orElse(Highlight.EMPTY);
        for (TextArea area : List.of(issues, improvements, narrative)) {
            area.setWidthFull();
            area.setMaxLength(HighlightReports.MOST_CHARACTERS);
            area.setReadOnly(!context.editable());
        }
        issues.setValue(h.currentIssues() == null ? "" : h.currentIssues());
        improvements.setValue(h.improvements() == null ? "" : h.improvements());
        narrative.setValue(h.narrative() == null ? "" : h.narrative());
        problem.addClassName("error");
        problem.setVisible(false);
        add(new H3("Highlight report"), new Paragraph("Printed in the report's highlight reports, after the themes."),
                issues, improvements, narrative, problem);
        if (context.editable()) {
            add(new Button("Save highlight report", e -> {
                try {
                    highlights.save(context.returnId(), context.user(), new Highlight(issues.getValue(),
                            improvements.getValue(), narrative.getValue()));
                    problem.setVisible(false);
                    Notification.show("Highlight report saved", 4000, Notification.Position.TOP_CENTER);
                } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
                    problem.setText("Not saved: " + ex.getMessage());
                    problem.setVisible(true);
                }
            }));
        }
    }
}
