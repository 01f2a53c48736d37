package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.ReviewItem;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/** The quality check counts each measure's evidence files and lets the performance team download them. */
class EvidenceAtTheQualityCheckTest extends ViewTest {

    @Autowired ApplicationContext context;
    @Autowired Evidence evidence;

    @Test
    void eachMeasureShowsHowManyFilesItHasAndTheyDownloadFromThere() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 5216);
        byte[] count = "street,homes\nHigh St,12\n".getBytes(StandardCharsets.UTF_8);
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "extract.pdf", EvidenceFormTest.PDF,
                "data.housing");
        evidence.add(scenario.housing.id(), scenario.measureId("HF-1"), "count.csv", count, "data.housing");
        scenario.completeAndSignOff();

        signIn("perf");
        open(QualityCheckView.path(scenario.housing.id()));
        _setValue(_get(ReviewGrid.class).show(), ReviewGrid.ALL);
        Grid<ReviewItem> grid = _get(ReviewGrid.class).grid();

        Component none = GridKt._getCellComponent(grid, row(grid, "HF-2"), "evidence");
        assertThat(none).isInstanceOf(Span.class);
        assertThat(((Span) none).getText()).isEqualTo("0 files");
        Button files = (Button) GridKt._getCellComponent(grid, row(grid, "HF-1"), "evidence");
        assertThat(files.getText()).isEqualTo("2 files");
        _click(files);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Evidence for HF-1");
        assertThat(_find(dialog, Anchor.class)).extracting(Anchor::getText).containsExactly("extract.pdf",
                "count.csv");
        assertThat(DownloadKt._download(_get(dialog, Anchor.class, s -> s.withText("count.csv")))).isEqualTo(count);
    }

    private static int row(Grid<ReviewItem> grid, String code) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " is not in the grid");
    }
}
