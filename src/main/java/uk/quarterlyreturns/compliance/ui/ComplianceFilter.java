package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import uk.quarterlyreturns.base.ui.Finding;
import uk.quarterlyreturns.compliance.ReturnCompliance;
import uk.quarterlyreturns.returns.ReturnStatus;

/**
 * Finding returns among hundreds: by service or director, directorate, status, or the late ones alone. What it
 * holds goes in the page's address, so that a refresh or a shared link shows the same list.
 */
class ComplianceFilter extends HorizontalLayout implements Predicate<ReturnCompliance> {

    static final String SERVICE = "service";
    static final String DIRECTORATE = "directorate";
    static final String STATUS = "status";
    static final String LATE = "late";

    /** A withdrawn return is listed apart, under "nothing due", never in the table. */
    private static final List<ReturnStatus> STATUSES = Arrays.stream(ReturnStatus.values())
            .filter(s -> s != ReturnStatus.WITHDRAWN).toList();

    private final TextField service = new TextField("Find a service");
    private final ComboBox<String> directorate = new ComboBox<>("Directorate");
    private final ComboBox<ReturnStatus> status = new ComboBox<>("Status");
    private final Checkbox late = new Checkbox("Late only");

    /** Typing replaces the address, each pause of it; a directorate, status or "late only" chosen is a step back. */
    ComplianceFilter(Runnable typedByUser, Runnable chosenByUser) {
        service.setPlaceholder("Service or director");
        service.setClearButtonVisible(true);
        service.setValueChangeMode(ValueChangeMode.LAZY);
        directorate.setClearButtonVisible(true);
        directorate.setPlaceholder("All");
        directorate.setWidth("18em");
        status.setItems(STATUSES);
        status.setItemLabelGenerator(ReturnStatus::label);
        status.setClearButtonVisible(true);
        status.setPlaceholder("All");
        late.setTooltipText("Owed past the deadline: not yet in, or sent back or reopened and not yet in again");
        service.addValueChangeListener(e -> changed(e, typedByUser));
        directorate.addValueChangeListener(e -> changed(e, chosenByUser));
        status.addValueChangeListener(e -> changed(e, chosenByUser));
        late.addValueChangeListener(e -> changed(e, chosenByUser));
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(service, directorate, status, late);
    }

    private static void changed(HasValue.ValueChangeEvent<?> e, Runnable changedByUser) {
        if (e.isFromClient()) {
            changedByUser.run();
        }
    }

    /** The directorates of the cycle's returns to choose from; one already chosen stays, to say why nothing shows. */
    void directoratesOf(List<ReturnCompliance> rows) {
        Finding.choose(directorate, rows.stream().map(ReturnCompliance::directorate), directorate.getValue());
    }

    @Override
    public boolean test(ReturnCompliance r) {
        return Finding.matches(Finding.words(service.getValue()), r.service(), r.director())
                && (directorate.getValue() == null || directorate.getValue().equals(r.directorate()))
                && (status.getValue() == null || status.getValue() == r.status())
                && (!late.getValue() || r.owedLate());
    }

    boolean isEmpty() {
        return parameters().isEmpty();
    }

    /** What the filter holds, as the address's query parameters. */
    Map<String, String> parameters() {
        Map<String, String> said = new LinkedHashMap<>();
        if (!service.getValue().isBlank()) {
            said.put(SERVICE, service.getValue().strip());
        }
        if (directorate.getValue() != null) {
            said.put(DIRECTORATE, directorate.getValue());
        }
        if (status.getValue() != null) {
            said.put(STATUS, status.getValue().name());
        }
        if (late.getValue()) {
            said.put(LATE, "yes");
        }
        return said;
    }

    /** Takes what the address says; anything it cannot read is left out. */
    void read(Map<String, String> parameters) {
        String typed = Objects.requireNonNullElse(parameters.get(SERVICE), "");
        if (!Finding.holds(service.getValue(), typed)) {
            service.setValue(typed); // not while typing: the space just typed stays
        }
        Finding.choose(directorate, directorate.getListDataView().getItems(), parameters.get(DIRECTORATE));
        status.setValue(STATUSES.stream().filter(s -> s.name().equals(parameters.get(STATUS))).findFirst()
                .orElse(null));
        late.setValue("yes".equals(parameters.get(LATE)));
    }
}
