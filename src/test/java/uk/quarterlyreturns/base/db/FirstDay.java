package uk.quarterlyreturns.base.db;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.cycle.Cycle;
import uk.quarterlyreturns.cycle.CycleService;
import uk.quarterlyreturns.cycle.ReportApproval;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.returns.ReturnRepository;
import uk.quarterlyreturns.returns.ui.InboxTasks;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A council's first day on an empty installation, as its first administrator and performance team meet the screens
 * before anything is imported: each empty screen says what comes first, and a people file sent before the framework
 * is told to import the framework first.
 */
final class FirstDay {

    static final String ADMIN = "itadmin";
    static final String ADMIN_PASSWORD = "a long passphrase for the first day";
    private static final String PEOPLE = "username,name,email,roles,service,directorate\n"
            + "pat.perf,Pat Perf,pat@council.example,PERFORMANCE_TEAM,,\n";
    private static final String DIRECTOR = "dee.director,Dee Director,dee@council.example,SERVICE_DIRECTOR,Housing,\n";

    private FirstDay() {
    }

    static void walk(ApplicationContext app) throws Exception {
        MockVaadin.setup(UI::new, new MockSpringServlet(ViewTest.routes(), app, UI::new));
        try {
            asAdministratorBeforeAnyFramework(app);
            signIn(app, "pat.perf");
            UI.getCurrent().navigate("compliance");
            _click(_get(Button.class, s -> s.withText("Open a cycle…")));
            assertThat(texts(_get(Dialog.class))).as("the open-cycle dialog, with no year to choose")
                    .anyMatch(t -> t.contains("There is no reporting year yet")
                            && t.contains("import the framework on the Framework screen first"));
            _get(Dialog.class).close();
            asAdministratorImportingTheFramework(app);
            asPerformanceTeamOpeningTheFirstCycle(app);
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    private static void asAdministratorBeforeAnyFramework(ApplicationContext app) {
        signIn(app, ADMIN);
        UI.getCurrent().navigate("admin/services");
        assertThat(texts(UI.getCurrent())).as("the services screen before any framework")
                .anyMatch(t -> t.startsWith("No services yet") && t.contains("Framework screen"));
        UI.getCurrent().navigate("delegations");
        assertThat(texts(UI.getCurrent())).as("the deputies screen before any framework")
                .anyMatch(t -> t.startsWith("No services yet")).noneMatch(t -> t.contains("not the director"));
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, s -> s.withText("New user…")));
        assertThat(_get(ComboBox.class, s -> s.withLabel("Service")).getHelperText())
                .contains("No services yet", "Framework screen");
        _get(Dialog.class).close();

        PeopleFile people = app.getBean(PeopleFile.class);
        assertThatThrownBy(() -> people.importFile(file(PEOPLE + DIRECTOR), ADMIN))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::row, ImportError::column, ImportError::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "service", "No service called Housing:"
                                + " directorates and services come from a year's framework, so import the framework"
                                + " that names it first (on the Framework screen), or correct the name")));
        people.importFile(file(PEOPLE), ADMIN);
    }

    private static void asAdministratorImportingTheFramework(ApplicationContext app) throws Exception {
        signIn(app, ADMIN);
        UI.getCurrent().navigate("framework");
        assertThat(visibleTexts()).as("the framework screen before any framework")
                .anyMatch(t -> t.startsWith("No framework yet") && t.contains("measures first"));
        _click(_get(Button.class, s -> s.withText("Import a file…")));
        _setValue(_get(TextField.class, s -> s.withLabel("Reporting year")), "3940-41");
        UploadKt._upload(_get(Upload.class), "framework.csv", "text/csv",
                new ClassPathResource("fixtures/framework-cycle.csv").getContentAsByteArray());
        _click(_get(Button.class, s -> s.withText("Import")));
        assertThat(_find(Dialog.class)).as("imported").isEmpty();
        assertThat(visibleTexts()).as("the framework screen once the year is there")
                .noneMatch(t -> t.startsWith("No framework yet"));

        app.getBean(PeopleFile.class).importFile(file(PEOPLE + DIRECTOR), ADMIN);
        assertThat(app.getBean(PeopleService.class).find("dee.director")).isPresent();
    }

    /** The first cycle waits for each service's director; once opened, its director has the return in their inbox. */
    private static void asPerformanceTeamOpeningTheFirstCycle(ApplicationContext app) {
        signIn(app, "pat.perf");
        UI.getCurrent().navigate("compliance");
        _click(_get(Button.class, s -> s.withText("Open a cycle…")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Select<Integer> quarter = _get(dialog, Select.class, s -> s.withLabel("Quarter"));
        _setValue(quarter, 1);
        assertThat(texts(dialog)).as("the people file named no chief executive: warned before opening")
                .anyMatch(t -> t.startsWith("There is no chief executive yet") && t.contains("nobody to approve it"));
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class)); // its Q1 is still to come
        assertThat(texts(dialog)).as("refused for the service with nobody to sign off")
                .anyMatch(t -> t.contains("no service director") && t.contains("Highways and Streetscene"));

        app.getBean(PeopleFile.class).importFile(file(PEOPLE + DIRECTOR
                + "hal.highways,Hal Highways,hal@council.example,SERVICE_DIRECTOR,Highways and Streetscene,\n"), ADMIN);
        _click(_get(dialog, Button.class, s -> s.withText("Open cycle")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        Cycle first = app.getBean(CycleService.class).all().get(0);
        assertThat(first.yearLabel()).isEqualTo("3940-41");
        assertThat(new uk.quarterlyreturns.support.Api("http://localhost:" + app.getEnvironment()
                .getProperty("local.server.port"), ADMIN, ADMIN_PASSWORD).get("/api/years/3940-41/quarters/1/cycle")
                .getBody()).as("the API's warnings say what the dialog did").contains(ReportApproval.NO_CHIEF_EXECUTIVE);
        assertThat(texts(UI.getCurrent())).as("the first cycle's compliance, with no earlier cycle")
                .anyMatch(t -> t.startsWith("Deadline: "));
        ReturnRepository returns = app.getBean(ReturnRepository.class);
        Await.until("its two returns issued", Duration.ofSeconds(60), () -> returns.forCycle(first.id()).size() == 2);
        Await.until("the return in its director's inbox", Duration.ofSeconds(60),
                () -> !app.getBean(InboxTasks.class).forUser("dee.director").isEmpty());

        // the people file named no chief executive: the report sent for approval says nobody can approve it yet
        app.getBean(ReportApproval.class).compileForApproval(first.id(), null);
        UI.getCurrent().navigate("reports/" + first.id() + "/approval");
        assertThat(texts(UI.getCurrent())).as("the report awaiting approval, with no chief executive")
                .anyMatch(t -> t.startsWith("Nobody can approve it yet: there is no chief executive"));
    }

    private static List<String> texts(com.vaadin.flow.component.Component within) {
        return _find(within, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static List<String> visibleTexts() {
        return _find(Paragraph.class).stream().filter(p -> p.isVisible()).map(Paragraph::getText).toList();
    }

    private static TabularFile file(String csv) {
        return TabularFile.read(csv.getBytes(StandardCharsets.UTF_8), "people.csv");
    }

    private static void signIn(ApplicationContext app, String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        ViewTest.signInWith(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
