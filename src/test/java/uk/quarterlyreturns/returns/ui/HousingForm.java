package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.quarterlyreturns.framework.Rag;

/** The Housing return's form (fixtures/framework-form.csv) as it is open in the test's UI. */
final class HousingForm {

    private HousingForm() {
    }

    /** Types a complete quarter: HF-1 85, HF-2 55, HKA-1 Green with a commentary. */
    static void typeFigures() {
        _setValue(_get(editor("HF-1"), TextField.class), "85");
        _setValue(_get(editor("HF-2"), TextField.class), "55");
        KeyActionEditor action = _get(KeyActionEditor.class);
        _setValue(_get(action, Select.class), Rag.GREEN);
        _setValue(_get(action, TextArea.class, s -> s.withLabel("Commentary")), "Twelve homes back in use");
    }

    static MeasureEditor editor(String code) {
        return _find(MeasureEditor.class).stream().filter(e -> e.measure().code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The line under a measure's figure: its year to date (cumulative), RAG and direction as typed. */
    static String status(MeasureEditor editor) {
        return _get(editor, Div.class, s -> s.withClasses("measure-status")).getElement().getTextRecursively();
    }
}
