package uk.quarterlyreturns.returns.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ReturnStatus;
import uk.quarterlyreturns.returns.ReturnWorkflow;
import uk.quarterlyreturns.returns.ServiceReturn;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.ViewTest;

/** A return reopened for correction tells the service, on the return itself, what is to be corrected. */
class ReopenedReturnTest extends ViewTest {

    private static final String YEAR = "2745-46";

    @Autowired ApplicationContext context;
    @Autowired ReturnRepository returns;
    @Autowired ReturnWorkflow workflow;

    @Test
    void theServiceOpeningAReopenedReturnReadsWhyItWasReopened() throws Exception {
        ServiceReturn housing = AcceptedReturn.housing(context, YEAR);

        workflow.reopen(housing.id(), "perf", "RH-1 counted jobs finished after the quarter end: recount them");

        assertThat(returns.find(housing.id()).orElseThrow().status()).isEqualTo(ReturnStatus.REOPENED);
        signIn("data.housing");
        open(ReturnView.path(housing.id()));
        assertThat(_get(ReturnHeader.class).getElement().getTextRecursively())
                .contains("Reopened for correction: RH-1 counted jobs finished after the quarter end: recount them");
    }
}
