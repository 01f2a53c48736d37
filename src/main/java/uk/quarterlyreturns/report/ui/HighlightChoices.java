package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.HighlightReports;
import uk.quarterlyreturns.returns.HighlightReports.ServiceChoice;

/**
 * The performance team chooses which services give a highlight report in their returns this quarter (the next
 * quarter starts from the same choice).
 */
class HighlightChoices extends VerticalLayout implements UnsavedWords {

    private final MultiSelectComboBox<ServiceChoice> services =
            new MultiSelectComboBox<>("Services asked for a highlight report");
    /**
     * What this page last showed or saved, by service: only what is changed here is saved, so a choice made meanwhile
     * in another tab stands, and a service ticked, saved, unticked and saved again is saved each time.
     */
    private final Map<Long, Boolean> asShown;

    HighlightChoices(HighlightReports highlights, long cycleId, String user) {
        setPadding(false);
        addClassName("highlight-choices");
        List<ServiceChoice> choices = highlights.choices(cycleId);
        // a box to type a service's name in, not a checkbox per service: a collection has hundreds
        services.setItems(choices);
        services.setItemLabelGenerator(ServiceChoice::service);
        services.setPlaceholder("Type a service's name");
        services.setWidth("min(100%, 48em)");
        services.setValue(choices.stream().filter(ServiceChoice::wanted).collect(Collectors.toSet()));
        Paragraph asked = new Paragraph();
        asked.addClassName("listed-count");
        services.addValueChangeListener(e -> asked.setText(asked(e.getValue().size(), choices.size())));
        asked.setText(asked(services.getValue().size(), choices.size()));
        services.setHelperText("Their returns get a highlight report section: current issues, improvements and the"
                + " head of service's narrative");
        asShown = choices.stream().collect(Collectors.toMap(ServiceChoice::serviceId,
                ServiceChoice::wanted));
        Button save = new Button("Save highlight report choices", e -> {
            // each service's choice stands alone: one refused (its return already signed off) leaves the rest saved
            Set<Long> chosen = services.getValue().stream().map(ServiceChoice::serviceId).collect(Collectors.toSet());
            List<String> refused = new ArrayList<>();
            for (ServiceChoice c : choices) {
                boolean wanted = chosen.contains(c.serviceId());
                if (wanted != asShown.get(c.serviceId())) {
                    try {
                        highlights.setWanted(cycleId, c.serviceId(), wanted, user);
                        asShown.put(c.serviceId(), wanted);
                    } catch (NotAllowedException | IllegalStateException ex) {
                        refused.add(ex.getMessage());
                    }
                }
            }
            services.setInvalid(!refused.isEmpty());
            services.setErrorMessage(refused.isEmpty() ? null : "Not saved: " + String.join(" ", refused));
            if (refused.isEmpty()) {
                Notification.show("Highlight report choices saved", 4000, Notification.Position.TOP_CENTER);
            }
        });
        add(new H3("Highlight reports"), services, asked, save);
    }

    @Override
    public Optional<String> unsaved() {
        Set<Long> chosen = services.getValue().stream().map(ServiceChoice::serviceId).collect(Collectors.toSet());
        return asShown.entrySet().stream().anyMatch(c -> chosen.contains(c.getKey()) != c.getValue())
                ? Optional.of("the highlight report choices") : Optional.empty();
    }

    private static String asked(int chosen, int all) {
        return chosen + " of " + all + (all == 1 ? " service" : " services") + " asked";
    }
}
