package uk.quarterlyreturns.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Published corporate performance reports, for everyone who signs in. */
@Route("reports")
@PageTitle("Reports | Quarterly Returns")
@Menu(order = 9, title = "Published reports")
@PermitAll
public class ReportsView extends VerticalLayout {

    public ReportsView() {
        add(new H2("Published reports"),
                new Paragraph("No report has been published yet. Approved quarterly reports appear here."));
    }
}
