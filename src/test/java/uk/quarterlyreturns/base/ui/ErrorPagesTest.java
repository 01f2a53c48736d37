package uk.quarterlyreturns.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.support.ViewTest;

/** What a failing page shows (nothing of the code behind it), and the upload limit the servlet allows. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends ViewTest {

    @Autowired
    MultipartConfigElement multipart;

    @Test
    void aFailingPageNamesNoExceptionClassNorItsMessage() {
        ErrorView view = new ErrorView();
        int status = view.setErrorParameter(event(ErrorView.class), new ErrorParameter<>(Exception.class,
                new IllegalStateException("select password_hash from app_user")));
        String shown = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(shown).contains(ErrorView.MESSAGE, "Reference: ")
                .doesNotContain("IllegalStateException", "java.", "password_hash", "Exception");
    }

    @Test
    void aFailingResetPasswordPageLogsNoKeyOfItsLink(CapturedOutput output) {
        new ErrorView().setErrorParameter(event(ErrorView.class, "reset-password/k3y0fTh3L1nk"),
                new ErrorParameter<>(Exception.class, new IllegalStateException("failed")));
        assertThat(output.getOut()).contains("Page reset-password/(its key left out) failed")
                .doesNotContain("k3y0fTh3L1nk");
    }

    @Test
    void aMissingPageSaysSoPlainly() {
        NotFoundView view = new NotFoundView();
        int status = view.setErrorParameter(event(NotFoundView.class), new ErrorParameter<>(NotFoundException.class,
                new NotFoundException("No route 'admin/secret' among uk.quarterlyreturns.people.ui.UsersView")));
        assertThat(status).isEqualTo(404);
        assertThat(view.getElement().getTextRecursively()).contains(NotFoundView.MESSAGE)
                .doesNotContain("uk.quarterlyreturns", "Exception", "admin/secret");
    }

    /** The servlet's own multipart limit (1 MB by default) refused files the application accepts. */
    @Test
    void theServletTakesUploadsUpToTheApplicationsOwnFiveMegabyteLimit() {
        assertThat(multipart.getMaxFileSize()).isGreaterThan(TabularFile.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(TabularFile.MAX_BYTES);
    }

    private static BeforeEnterEvent event(Class<?> target) {
        return event(target, "somewhere");
    }

    private static BeforeEnterEvent event(Class<?> target, String path) {
        UI ui = UI.getCurrent();
        return new BeforeEnterEvent(new NavigationEvent(ui.getInternals().getRouter(), new Location(path), ui,
                NavigationTrigger.PROGRAMMATIC), target, java.util.List.of());
    }
}
