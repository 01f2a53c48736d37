package uk.quarterlyreturns.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.base.ui.CurrentUser;
import uk.quarterlyreturns.framework.BandEdges;
import uk.quarterlyreturns.framework.BandEdgesChange;
import uk.quarterlyreturns.framework.FrameworkEdit;
import uk.quarterlyreturns.framework.FrameworkWay;
import uk.quarterlyreturns.framework.ReportingYear;

/** The year's five-point band edges on the framework screen: shown with the year, changed once confirmed. */
final class BandEdgesSetting {

    private final TextField bandEdges = new TextField("Band edges");
    private final Button saveEdges;

    /** @param year the year the screen shows, if any */
    BandEdgesSetting(BandEdgesChange change, Supplier<ReportingYear> year, CurrentUser user) {
        // in the words of the rule: how far short of target, in %, each of the five-point bands reaches
        bandEdges.setHelperText(
                "Five-point RAG: % short of target where Amber/Green, Amber and Red/Amber end, as 5;10;15");
        bandEdges.setWidth("24em"); // room for its words on two lines
        saveEdges = new Button("Save edges", e -> save(change, year.get(), user));
    }

    /** The field and its button, for the screen's toolbar. */
    List<Component> components() {
        return List.of(bandEdges, saveEdges);
    }

    void show(ReportingYear selected) {
        bandEdges.setValue(selected.bandEdges().toString());
    }

    /**
     * The year's five-point edges: checked as BandEdges does, nothing saved if they are not rising, and saved only
     * once confirmed, as they re-rate the year's five-point figures; refused once a report of the year is published.
     */
    private void save(BandEdgesChange change, ReportingYear selected, CurrentUser user) {
        if (selected == null) {
            return;
        }
        BandEdges edges;
        try {
            edges = BandEdges.parse(bandEdges.getValue());
        } catch (IllegalArgumentException e) {
            bandEdges.setInvalid(true);
            bandEdges.setErrorMessage(e.getMessage());
            return;
        }
        Optional<String> refusal = change.refusal(selected);
        bandEdges.setInvalid(refusal.isPresent());
        if (refusal.isPresent()) {
            bandEdges.setErrorMessage(refusal.get());
            return;
        }
        int reRated = change.measuresReRated(selected);
        Confirmations.ask("Change the band edges?", "The " + selected.display() + " band edges become " + edges
                + ". This re-rates " + reRated + (reRated == 1 ? " five-point measure" : " five-point measures")
                + " with recorded figures in every quarter of the year.", "Change the edges", () -> {
                    try {
                        change.save(selected, edges, new FrameworkEdit(user.username(), FrameworkWay.SCREEN, null));
                        Notification.show("Band edges for " + selected.display() + " are now " + edges);
                    } catch (IllegalStateException refused) {
                        bandEdges.setInvalid(true);
                        bandEdges.setErrorMessage(refused.getMessage());
                    }
                });
    }
}
