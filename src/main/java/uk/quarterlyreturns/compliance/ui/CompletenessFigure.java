package uk.quarterlyreturns.compliance.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import uk.quarterlyreturns.compliance.ComplianceFigures;
import uk.quarterlyreturns.compliance.ComplianceFigures.CurvePoint;

/** The completeness curve, drawn inline, with its text alternative: a sentence and the figures as a table. */
class CompletenessFigure extends Div {

    CompletenessFigure(List<CompletenessChart.Series> series, int lastDay) {
        addClassName("completeness");
        Paragraph words = new Paragraph(CompletenessChart.description(series));
        // The SVG goes inside a div so that the browser parses it as SVG, not as an unknown HTML element.
        add(new H3("Completeness curve"), new Html("<div class=\"curve\">"
                + CompletenessChart.svg(series, lastDay) + "</div>"), words, table(series, lastDay));
    }

    private static Details table(List<CompletenessChart.Series> series, int lastDay) {
        NativeTable table = new NativeTable();
        table.addClassName("curve-table");
        table.setCaptionText("Percentage of returns in by days after quarter end");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Day");
        series.forEach(s -> head.addHeaderCell().setText(s.name()));
        for (int day = 0; day <= lastDay; day += 7) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(String.valueOf(day));
            for (CompletenessChart.Series s : series) {
                int d = day;
                row.addDataCell().setText(s.points().stream().filter(p -> p.day() == d).findFirst()
                        .map(CurvePoint::percentIn).map(p -> ComplianceFigures.rounded(p) + "%").orElse("–"));
            }
        }
        return new Details("The curve as a table", table);
    }
}
