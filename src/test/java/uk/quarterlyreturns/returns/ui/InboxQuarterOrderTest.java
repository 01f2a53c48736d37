package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.quarterlyreturns.support.ViewTest;

/** The inbox sorts its Quarter column in time order, so next year's first quarter follows this year's last. */
class InboxQuarterOrderTest extends ViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void quartersSortInTimeOrderNotAsText() {
        signIn("perf");
        open("inbox");
        // the grid itself, shown or not: the order is the column's, whatever the inbox holds now
        Grid<InboxItem> grid = (Grid<InboxItem>) _get(InboxView.class).getChildren().filter(Grid.class::isInstance)
                .findFirst().orElseThrow();
        Grid.Column<InboxItem> quarter = grid.getColumns().stream().filter(c -> "Quarter".equals(c.getHeaderText()))
                .findFirst().orElseThrow();

        List<InboxItem> items = new ArrayList<>(List.of(item("Q1 2018/19"), item("Q4 2017/18"), item("Q2 2017/18")));
        items.sort(quarter.getComparator(SortDirection.ASCENDING));
        assertThat(items).extracting(InboxItem::quarter).containsExactly("Q2 2017/18", "Q4 2017/18", "Q1 2018/19");
    }

    private static InboxItem item(String quarter) {
        return new InboxItem("t", "Submit return", "Housing return", quarter, "Housing", null, "",
                InboxItem.Urgency.NONE, "", "returns/1", null, null, null);
    }
}
