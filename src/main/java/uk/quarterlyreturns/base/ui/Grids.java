package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.grid.Grid;

/** How tall a list grid is: short lists show every row, long ones scroll and render only the rows in view. */
public final class Grids {

    /** Up to this many rows a grid grows to show them all; beyond, it virtualises its rows. */
    static final int ALL_VISIBLE_UP_TO = 50;

    private Grids() {
    }

    public static void fitRows(Grid<?> grid, int rows) {
        boolean all = rows <= ALL_VISIBLE_UP_TO;
        grid.setAllRowsVisible(all);
        grid.setHeight(all ? null : "70vh");
    }
}
