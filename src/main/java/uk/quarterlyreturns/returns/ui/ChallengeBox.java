package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.ReturnTrail;

/**
 * An item's challenge comments, shown to everyone who reads the return, and, for the performance team
 * during the quality check, a field to add one. A refused challenge keeps its text in the field.
 */
class ChallengeBox extends Div {

    private final UnorderedList list = new UnorderedList();

    ChallengeBox(String item, List<ReturnTrail.Event> challenges, Challenges service, long returnId, String user,
            boolean canChallenge) {
        addClassName("challenges");
        challenges.forEach(this::show);
        add(list);
        list.setVisible(!challenges.isEmpty());
        if (!canChallenge) {
            return;
        }
        TextArea text = new TextArea("Challenge " + item);
        text.setWidthFull();
        text.setMaxLength(Challenges.MOST_CHARACTERS);
        text.setHelperText("What should the service check or explain? Shown on the item if the return is sent back.");
        Button add = new Button("Add challenge", e -> {
            try {
                show(service.challenge(returnId, item, user, text.getValue()));
                list.setVisible(true);
                text.clear();
                text.setInvalid(false);
            } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
                text.setErrorMessage(ex.getMessage());
                text.setInvalid(true);
            }
        });
        add(text, add);
    }

    private void show(ReturnTrail.Event challenge) {
        list.add(new ListItem("Challenged by " + challenge.actor() + " on " + ReturnHeader.WHEN.format(challenge.at())
                + ": " + challenge.comment()));
    }
}
