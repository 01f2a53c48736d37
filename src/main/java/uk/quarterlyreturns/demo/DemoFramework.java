package uk.quarterlyreturns.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.framework.FeedRoute;
import uk.quarterlyreturns.framework.FigureImport;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.ImportResult;

/** The 2017/18 framework of the demo council, through the same imports as the API. */
@Component
class DemoFramework {

    static final String YEAR = "2017-18";
    private static final Logger log = LoggerFactory.getLogger(DemoFramework.class);

    private final FrameworkImport imports;
    private final FigureImport figures;

    DemoFramework(FrameworkImport imports, FigureImport figures) {
        this.imports = imports;
        this.figures = figures;
    }

    void load() {
        ImportResult measures = imports.importMeasures(YEAR, DemoData.file("framework-2017-18.csv"));
        ImportResult actions = imports.importKeyActions(YEAR, DemoData.file("actions-2017-18.csv"));
        figures.importHistory(YEAR, DemoData.file("history-2017-18.csv"));
        feed(YEAR, 1, DemoData.file("values-2017-18-q1.csv"));
        log.info("Demo framework {}: {} measures, {} key actions", YEAR, measures.rows(), actions.rows());
    }

    /** The demo's figures, as a return's history names them when its cycle is open: demo data, not the API. */
    void feed(String year, int quarter, TabularFile file) {
        figures.importValues(year, quarter, file, "demo", FeedRoute.DEMO);
    }
}
