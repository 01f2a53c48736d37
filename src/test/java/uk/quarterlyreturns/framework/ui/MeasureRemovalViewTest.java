package uk.quarterlyreturns.framework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.FrameworkRemoval;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.ViewTest;

/** The measure form offers removal from the year, asks first, and refuses a measure with figures. */
class MeasureRemovalViewTest extends ViewTest {

    @Autowired FrameworkImport imports;

    @Autowired FigureImport figures;
    @Autowired FrameworkRemoval removal;
    @Autowired YearRepository years;
    @Autowired MeasureRepository measures;

    @Test
    void aMeasureImportedByMistakeIsRemovedAfterConfirmingAndOneWithFiguresIsNot() throws Exception {
        imports.importMeasures("2694-95", TabularFile.read(
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray(), "f.csv"));
        figures.importValues("2694-95", 1, TabularFile.read("code,value\nH-1,61\n".getBytes(StandardCharsets.UTF_8),
                "v.csv"), "perf");
        signIn("perf");
        ReportingYear year = years.find("2694-95").orElseThrow();

        MeasureEditor withFigures = editor(year, "H-1", () -> { });
        _click(_get(withFigures, Button.class, s -> s.withText("Remove from the year…")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_get(withFigures, Paragraph.class, s -> s.withClasses("form-problems")).getText())
                .contains("H-1 has figures for Q1 of 2694/95, so it stays in the year");
        withFigures.close();

        AtomicBoolean reloaded = new AtomicBoolean();
        MeasureEditor mistaken = editor(year, "R-1", () -> reloaded.set(true));
        _click(_get(mistaken, Button.class, s -> s.withText("Remove from the year…")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains("R-1 (Potholes awaiting repair) will no longer be"
                + " asked for in any return of the year");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(measures.find(year.id(), "R-1")).isPresent();

        _click(_get(mistaken, Button.class, s -> s.withText("Remove from the year…")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(measures.find(year.id(), "R-1")).isEmpty();
        assertThat(reloaded).isTrue();
        assertThat(mistaken.isOpened()).isFalse();

        MeasureEditor fresh = new MeasureEditor(imports, removal, "perf", year, null, null, () -> { });
        fresh.open();
        assertThat(_find(fresh, Button.class, s -> s.withText("Remove from the year…"))).isEmpty();
    }

    private MeasureEditor editor(ReportingYear year, String code, Runnable saved) {
        MeasureEditor editor = new MeasureEditor(imports, removal, "perf", year,
                measures.find(year.id(), code).orElseThrow().definition(), null, saved);
        editor.open();
        return editor;
    }
}
