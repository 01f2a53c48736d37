package uk.quarterlyreturns.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;

/**
 * How list grids look: how tall (short lists show every row, long ones scroll and render only the rows in view), and
 * a cell's quieter second line.
 */
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

    /** A line beneath a cell's first, said more quietly (the theme's cell-note): a director, a last error. */
    public static Div note(String text) {
        Div note = new Div(text);
        note.addClassName("cell-note");
        return note;
    }
}
