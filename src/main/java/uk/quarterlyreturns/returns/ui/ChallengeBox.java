package uk.quarterlyreturns.returns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import com.vaadin.flow.component.Text;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.base.security.Names;
import uk.quarterlyreturns.base.ui.PersonName;
import uk.quarterlyreturns.base.ui.Confirmations;
import uk.quarterlyreturns.returns.Challenges;
import uk.quarterlyreturns.returns.QualityCheckClaims;
import uk.quarterlyreturns.returns.ReturnTrail;
import uk.quarterlyreturns.returns.ServiceReturn;

/**
 * An item's challenges and the service's answers, shown to everyone who reads the return; during the
 * quality check a field for the performance team to add a challenge, and for the service to answer an
 * open one. A refused challenge or answer keeps its text in the field.
 */
class ChallengeBox extends Div {

    private final UnorderedList list = new UnorderedList();
    /** The box's fields, each with what it holds in words ("the challenge"), for saying what is not sent. */
    private final Map<TextArea, String> fields = new LinkedHashMap<>();
    /** What was just recorded, read out: the field empties and nothing else on the page says it went. */
    private final Paragraph said = new Paragraph();
    private final Names names;
    private Runnable recorded = () -> { };
    /** The trail entry of the latest challenge shown: an answer covers only the questions its writer could read. */
    private long latestChallenge = -1;

    /**
     * @param open the item's latest challenge is on the version now signed off and waits for an answer
     * @param shown the return as the page shows it: a challenge or answer is of that version
     */
    ChallengeBox(String item, List<ReturnTrail.Event> events, Names names, boolean open, Challenges service,
            ServiceReturn shown, String user, boolean canChallenge, boolean canAnswer) {
        this.names = names;
        addClassName("challenges");
        events.forEach(this::show);
        add(list);
        list.setVisible(!events.isEmpty());
        boolean unanswered = !events.isEmpty() && Challenges.KIND.equals(events.get(events.size() - 1).kind());
        if (unanswered && !open) {
            add(new Paragraph("This challenge was on an earlier version of the return, which went back to the"
                    + " service since: it no longer waits for an answer."));
        }
        if (canChallenge) {
            add(field("Challenge " + item, "the challenge typed, not added yet", "Add challenge",
                    "Challenge on " + item + " added",
                    "What should the service check or explain? The service is emailed it to answer; it is shown on the"
                            + " item if the return is sent back.",
                    (text, takeOver) -> service.challenge(shown.id(), shown.version(), item, user, text, takeOver)));
        }
        if (canAnswer && open) {
            add(field("Answer the challenge on " + item, "the answer typed, not sent yet", "Send answer",
                    "Answer on " + item + " sent",
                    "Whoever challenged is emailed the answer; the performance team sees it beside the challenge.",
                    (text, takeOver) -> service.answer(shown.id(), shown.version(), latestChallenge, item, user,
                            text)));
        }
        said.addClassName("challenge-recorded");
        said.getElement().setAttribute("role", "status");
        add(said);
    }

    /** Tells whoever shows the box that a challenge or answer was recorded. */
    ChallengeBox onRecorded(Runnable action) {
        recorded = action;
        return this;
    }

    /** Whether a challenge or answer is typed and not yet sent, which closing the box would lose. */
    boolean holdsTyping() {
        return typing().isPresent();
    }

    /** What is typed here and not yet sent, in words ("the answer typed, not sent yet"), or empty. */
    Optional<String> typing() {
        return fields.entrySet().stream().filter(f -> !f.getKey().getValue().isBlank()).map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * @param done said once the text is recorded ("Challenge on HF-1 added")
     * @param send records the text; its flag takes over the check from a colleague holding it, once asked
     */
    private Div field(String label, String typed, String action, String done, String help,
            BiFunction<String, Boolean, ReturnTrail.Event> send) {
        TextArea text = new TextArea(label);
        // each keystroke reaches the server: Esc closes the row without the box losing focus, and closing asks first
        // only when it knows something is typed
        text.setValueChangeMode(ValueChangeMode.EAGER);
        fields.put(text, typed);
        text.setWidthFull();
        text.setMaxLength(Challenges.MOST_CHARACTERS);
        text.setHelperText(help);
        Div box = new Div(text);
        box.add(new Button(action, e -> send(text, done, send, false)));
        return box;
    }

    private void send(TextArea text, String done, BiFunction<String, Boolean, ReturnTrail.Event> send,
            boolean takeOver) {
        try {
            show(send.apply(text.getValue(), takeOver));
            list.setVisible(true);
            text.clear();
            text.setInvalid(false);
            said.setText(done);
        } catch (QualityCheckClaims.ClaimedByColleague ex) {
            StepQuestions.Question question = StepQuestions.claimed(ex.claim());
            Confirmations.ask(question.header(), question.text(), question.confirm(),
                    () -> send(text, done, send, true));
            return;
        } catch (IllegalArgumentException | IllegalStateException | NotAllowedException ex) {
            if (ex instanceof Challenges.UnreadChallenges newer) {
                newer.unread().forEach(this::show); // read here, so the words kept may be sent again
            }
            said.setText(""); // what went before is not this
            text.setErrorMessage(ex.getMessage());
            text.setInvalid(true);
            return;
        }
        recorded.run();
    }

    private void show(ReturnTrail.Event event) {
        latestChallenge = Challenges.KIND.equals(event.kind()) ? event.id() : latestChallenge;
        String who = Challenges.ANSWER.equals(event.kind()) ? "Answered by " : "Challenged by ";
        list.add(new ListItem(new Text(who), new PersonName(names, event.actor()), new Text(" on "
                + ReturnHeader.WHEN.format(event.at()) + ": " + event.comment())));
    }
}
