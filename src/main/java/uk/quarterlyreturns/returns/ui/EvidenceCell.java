package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import uk.quarterlyreturns.returns.Evidence;
import uk.quarterlyreturns.returns.EvidenceFile;
import uk.quarterlyreturns.returns.ReturnSheet;
import uk.quarterlyreturns.returns.ReviewItem;

/**
 * The quality check's Evidence column: how many files each measure has, a button that lists them to download. The
 * return is signed off while it is checked, so its evidence, read once with the page, cannot change meanwhile.
 */
final class EvidenceCell {

    private EvidenceCell() {
    }

    static SerializableFunction<ReviewItem, Component> of(Evidence evidence, ReturnSheet sheet, String user) {
        Map<Long, List<EvidenceFile>> kept = evidence.forReturn(sheet.serviceReturn().id());
        return item -> {
            if (item.kind() != ReviewItem.Kind.MEASURE) {
                return new Span("–"); // a key action keeps no evidence: "–", as the grid shows nothing else
            }
            List<EvidenceFile> files = kept.getOrDefault(item.measure().measure().id(), List.of());
            String count = files.size() + (files.size() == 1 ? " file" : " files");
            if (files.isEmpty()) {
                return new Span(count);
            }
            Button open = new Button(count, e -> {
                EvidenceList list = new EvidenceList(evidence, user);
                list.show(files, sheet.names(), null);
                Dialog dialog = new Dialog(list);
                dialog.setHeaderTitle("Evidence for " + item.code());
                Button close = new Button("Close", c -> dialog.close());
                dialog.getFooter().add(close);
                dialog.open();
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel("Evidence for " + item.code() + ": " + count);
            open.addClassName("evidence-count");
            return open;
        };
    }
}
