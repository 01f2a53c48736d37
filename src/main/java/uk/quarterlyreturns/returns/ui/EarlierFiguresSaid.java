package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.quarterlyreturns.framework.Measure;
import uk.quarterlyreturns.framework.ReportingYear;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.returns.EarlierFigures.Offered;

/** The quality check's word on earlier quarters' provisional figures: what the return says of each, and what waits. */
final class EarlierFiguresSaid {

    private EarlierFiguresSaid() {
    }

    /**
     * For the quality check: what the return says of each earlier figure it offers ("HF-1: Q1 figure revised from 74%
     * to 76%: reason"), or that it says nothing yet.
     */
    static Optional<Section> of(ReportingYear year, List<Offered> offered) {
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        Section said = new Section();
        said.addClassName("earlier-figures");
        said.add(new H3("Provisional figures from earlier quarters"));
        UnorderedList list = new UnorderedList();
        for (Offered o : offered) {
            Measure m = o.measure();
            String covers = EarlierFigure.covers(year, o);
            list.add(new ListItem(m.code() + covers + ": " + (o.said() == null ? o.period() + " figure "
                    + m.definition().unit().format(o.figure(), m.definition().decimals())
                    + " still provisional: nothing said" : EarlierFigures.words(m, o.said(), o.period())
                    + (o.changedMeanwhile() ? " (not applied: the " + o.period()
                            + " figure had changed meanwhile)" : o.overtaken() ? EarlierFigure.overtaken(o) : "")
                    + ragChanges(o))));
        }
        said.add(list);
        return Optional.of(said);
    }

    /**
     * For the quality check of a return reopened for correction: the revisions later returns made of its figures,
     * which its acceptance applies (each only if the figure is still the one it was said of).
     */
    static Optional<Section> waitingOn(List<String> waiting) {
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("earlier-figures");
        section.add(new H3("Figures made final when this return is accepted"), new Paragraph("Later returns, accepted"
                + " while this one was reopened, said what became of these provisional figures. Accepting this"
                + " return applies each, if the figure is still the one reported then."));
        UnorderedList list = new UnorderedList();
        waiting.forEach(words -> list.add(new ListItem(words)));
        section.add(list);
        return Optional.of(section);
    }

    /**
     * ". Q1 RAG Green to Red (worse)": what accepting the revision does to the earlier quarter's RAG (and a cumulative
     * measure's year to date now), so that a figure made worse is seen before it becomes final.
     */
    private static String ragChanges(Offered o) {
        return o.ragChanges().stream().map(c -> ". " + (c.quarter() == o.earlierQuarter() ? c.words(o.period(), false)
                : c.words(true)))
                .collect(Collectors.joining());
    }
}
