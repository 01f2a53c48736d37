package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.framework.FigureRevision.Decision;
import uk.quarterlyreturns.returns.EarlierFigures;
import uk.quarterlyreturns.support.ProvisionalFirstQuarter;
import uk.quarterlyreturns.support.ViewTest;

/**
 * What the return says of Q1's provisional HF-1, chosen by mistake, is taken back on the form: nothing said yet, as
 * before, and a stray "Revised" no longer holds the return back as not saved.
 */
class EarlierFigureTakenBackTest extends ViewTest {

    private static final String CLEAR = "Clear the choice";

    @Autowired ApplicationContext context;
    @Autowired EarlierFigures earlier;

    @Test
    void aChoiceMadeByMistakeIsCleared() throws Exception {
        try (ProvisionalFirstQuarter scenario = ProvisionalFirstQuarter.accepted(context, 6126)) {
            long id = scenario.q2.id();
            signIn("data.housing");
            open(ReturnView.path(id));
            EarlierFigure hf1 = _get(EarlierFigure.class);
            assertThat(_find(hf1, Button.class, s -> s.withText(CLEAR))).as("nothing to clear yet").isEmpty();

            _setValue(hf1.decision, Decision.CONFIRMED);
            assertThat(earlier.forReturn(id)).singleElement().extracting(o -> o.said().decision())
                    .isEqualTo(Decision.CONFIRMED);
            _click(_get(hf1, Button.class, s -> s.withText(CLEAR)));
            assertThat(hf1.decision.getValue()).isNull();
            assertThat(earlier.forReturn(id)).singleElement().extracting(EarlierFigures.Offered::said).isNull();
            assertThat(hf1.status.getText()).startsWith("Saved at");

            _setValue(hf1.decision, Decision.REVISED);
            assertThat(hf1.unsaved()).as("a revision needs its figure and reason").isPresent();
            _click(_get(hf1, Button.class, s -> s.withText(CLEAR)));
            assertThat(hf1.unsaved()).isEmpty();
            assertThat(hf1.revised.isVisible()).isFalse();
            assertThat(earlier.forReturn(id)).singleElement().extracting(EarlierFigures.Offered::said).isNull();
        }
    }
}
