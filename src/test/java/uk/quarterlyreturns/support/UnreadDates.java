package uk.quarterlyreturns.support;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;

/** A date box left with text the browser could not read as a date, as the browser tells the server of it. */
public final class UnreadDates {

    private UnreadDates() {
    }

    public static void type(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        ElementUtilsKt._fireDomEvent(picker.getElement(), new DomEvent(picker.getElement(), "unparsable-change",
                Json.createObject()));
    }

    /** A date-and-time box whose date the browser could not read: the box's value is then empty to the server. */
    public static void type(DateTimePicker picker, String date) {
        picker.clear();
        type(LocatorJ._get(picker, DatePicker.class), date);
    }
}
