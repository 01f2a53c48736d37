package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.ui.Downloads;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.base.ui.UkDates;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;

/**
 * A measure's evidence files, each a download link with its size and who added it when. Each download asks afresh
 * whether its reader may still read the return ({@link Evidence#download}), and is refused (403) if not.
 */
class EvidenceList extends UnorderedList {

    private final Evidence evidence;
    private final String user;

    EvidenceList(Evidence evidence, String user) {
        this.evidence = evidence;
        this.user = user;
        addClassName("evidence-files");
    }

    /** @param after what follows a file on its line (a remove button), or null for nothing */
    void show(List<EvidenceFile> files, Names names, Function<EvidenceFile, Component> after) {
        removeAll();
        for (EvidenceFile f : files) {
            long id = f.id();
            ListItem line = new ListItem(Downloads.refusableLink(f.fileName(), f.fileName(), f.mediaType(),
                    () -> evidence.download(id, user).map(Evidence.Download::content)),
                    new Text(" (" + EvidenceFile.sizeText(f.size()) + "), added by "),
                    new PersonName(names, f.uploadedBy()), new Text(" on " + UkDates.WHEN.format(f.uploadedAt())));
            Component extra = after == null ? null : after.apply(f);
            if (extra != null) {
                line.add(new Text(" "), extra);
            }
            add(line);
        }
        setVisible(!files.isEmpty());
    }
}
