package uk.quarterlyreturns.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.quarterlyreturns.Application;
import uk.quarterlyreturns.browser.Browser;
import uk.quarterlyreturns.base.NotAllowedException;
import uk.quarterlyreturns.people.AccountChange;
import uk.quarterlyreturns.people.AccountEvent;
import uk.quarterlyreturns.people.AccountHistoryReader;
import uk.quarterlyreturns.people.ForgottenPasswords;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.PersonRepository;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.people.UserRejectedException;
import uk.quarterlyreturns.support.InAJvmOfItsOwn;
import uk.quarterlyreturns.support.ViewTest;

/**
 * The application signing people in with the council's accounts from an OpenID Connect provider (a real one
 * on a random port: mock-oauth2-server, whose token callbacks choose the claims), local passwords turned off.
 * It runs in a JVM of its own (pom.xml): a second application with a process engine would disturb the suite's.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@InAJvmOfItsOwn
class SingleSignOnTest {

    private static final String ISSUER = "council";
    private static final String CLIENT = "quarterly-returns";
    private static final AtomicInteger N = new AtomicInteger();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    // Started before the application, which finds the provider's endpoints at its issuer address.
    private static final MockOAuth2Server provider = started();

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    PersonRepository people;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ForgottenPasswords forgotten;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountHistoryReader history;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;

    @DynamicPropertySource
    static void councilProvider(DynamicPropertyRegistry registry) {
        registry.add("quarterly.sso.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
        registry.add("quarterly.sso.client-id", () -> CLIENT);
        registry.add("quarterly.sso.client-secret", () -> "client secret");
        registry.add("quarterly.sso.user-claim", () -> "email,preferred_username");
        registry.add("quarterly.sso.local-passwords", () -> "false");
        registry.add("quarterly.sso.label", () -> "your Kirklees account");
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void cockpitKnowsTheEngine() {
        var container = RuntimeContainerDelegate.INSTANCE.get();
        if (container.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
            container.registerProcessEngine(engine);
        }
    }

    @Test
    void aKnownUserSignsInByEmailWithTheApplicationsRolesNotTheTokens() {
        String admin = user("ssoadmin", "Ada.Admin", EnumSet.of(Role.ADMIN));
        String reader = user("ssoreader", "Dan.Reader", EnumSet.of(Role.READER));

        // Email matched ignoring case; Camunda's webapps take the same person by our username, not the subject.
        Session ada = new Session();
        assertThat(ada.signIn(Map.of("email", emailOf(admin).toUpperCase()))).endsWith(":" + port + "/");
        assertThat(ada.get(url("/camunda/app/cockpit/default/")).statusCode()).isEqualTo(200);
        HttpResponse<String> camundaUser = ada.get(url("/camunda/api/admin/auth/user/default"));
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"" + admin + "\"");
        assertThat(ada.get(url("/camunda/api/engine/engine/default/user/" + admin + "/profile")).body())
                .contains("\"firstName\":\"Ada\"", "\"lastName\":\"Admin\"");
        assertThat(ada.get(url("/admin/users")).statusCode()).as("still signed in to the application").isEqualTo(200);

        // A token claiming administrator roles gives nothing: the roles are ours, and a reader has no Cockpit.
        Session dan = new Session();
        assertThat(dan.signIn(Map.of("email", emailOf(reader), "roles", List.of("ADMIN", "PERFORMANCE_TEAM"),
                "groups", List.of("ADMIN")))).endsWith(":" + port + "/");
        assertThat(dan.get(url("/camunda/app/cockpit/default/")).statusCode()).isEqualTo(403);
        assertThat(dan.get(url("/v3/api-docs")).statusCode()).isEqualTo(403);
        assertThat(dan.get(url("/reports")).statusCode()).isEqualTo(200);
    }

    @Test
    void aUsernameClaimMapsToTheUserOfThatUsernameIgnoringCase() {
        String perf = user("ssoperf", "Pat.Perf", EnumSet.of(Role.PERFORMANCE_TEAM));
        Session pat = new Session();
        // No email claim: the next configured claim, preferred_username, names them.
        assertThat(pat.signIn(Map.of("preferred_username", perf.toUpperCase()))).endsWith(":" + port + "/");
        assertThat(pat.get(url("/v3/api-docs")).statusCode()).as("performance team's API description").isEqualTo(200);
        assertThat(pat.get(url("/camunda/app/cockpit/default/")).statusCode()).isEqualTo(403);
    }

    /**
     * Entra ID's preferred_username is the user principal name (jo.bloggs@council.gov.uk), which no username here can
     * be: an account without a mailbox, so no email claim, is the person whose email address here is that name
     * (deploy/README.md, "Who the account is").
     */
    @Test
    void anAccountNameThatIsAnAddressMapsToThePersonWithThatEmail(CapturedOutput log) {
        String jo = user("ssoprincipal", "Jo.Bloggs", EnumSet.of(Role.ADMIN));
        String principalName = emailOf(jo).toLowerCase();
        Session session = new Session();
        assertThat(session.signIn(Map.of("preferred_username", principalName))).endsWith(":" + port + "/");
        assertThat(session.get(url("/admin/users")).statusCode()).isEqualTo(200);
        assertThat(log.getOut()).contains("Signed in " + jo + " with council account ");
    }

    @Test
    void anUnknownAccountIsRefusedAndNobodyIsCreated(CapturedOutput log) {
        long before = people.count();
        Session stranger = new Session();
        assertThat(stranger.signIn(Map.of("email", "nobody.here@council.test", "preferred_username", "nobody.here")))
                .endsWith("/login?refused");
        assertSentToSignIn(stranger.get(url("/inbox")));
        assertThat(people.count()).isEqualTo(before);
        assertThat(log.getOut()).contains("Sign-in with council account nobody.here@council.test refused: Your council"
                + " account nobody.here@council.test is not registered for Quarterly Returns; ask the performance team");
    }

    @Test
    void anAccountMatchingTwoUsersIsRefusedRatherThanGuessed(CapturedOutput log) {
        // Two people can no longer be given one address; a database from before the rule may still hold a pair.
        String shared = "shared.inbox" + N.incrementAndGet() + "@sso.council.test";
        for (String prefix : List.of("ssosharedone", "ssosharedtwo")) {
            people.insert(new Person(prefix + N.incrementAndGet(), "Sam Shared", shared, EnumSet.of(Role.ADMIN), null,
                    null, true, false, false), "unusable");
        }
        Session sam = new Session();
        assertThat(sam.signIn(Map.of("email", shared, "email_verified", true))).endsWith("/login?refused");
        assertSentToSignIn(sam.get(url("/admin/users")));
        assertThat(log.getOut()).contains("Sign-in with council account " + shared + " refused: Your council account "
                + shared + " matches 2 users of Quarterly Returns; ask an administrator to give each their own email"
                + " address under Users");
    }

    @Test
    void anAddressTheProviderHasNotVerifiedSignsNobodyInButAUsernameStillDoes(CapturedOutput log) {
        String admin = user("ssounverified", "Una.Unverified", EnumSet.of(Role.ADMIN));
        Session una = new Session();
        assertThat(una.signIn(Map.of("email", emailOf(admin), "email_verified", false))).endsWith("/login?refused");
        assertSentToSignIn(una.get(url("/admin/users")));
        assertThat(log.getOut()).contains("refused: Your council account " + emailOf(admin) + " has an email address"
                + " its provider has not verified");
        // Some providers send the claim as text.
        assertThat(new Session().signIn(Map.of("email", emailOf(admin), "email_verified", "false")))
                .endsWith("/login?refused");

        assertThat(new Session().signIn(Map.of("email", emailOf(admin), "email_verified", true)))
                .endsWith(":" + port + "/");
        // Matched by username, the address plays no part.
        assertThat(new Session().signIn(Map.of("preferred_username", admin, "email_verified", false)))
                .endsWith(":" + port + "/");
    }

    @Test
    void aDisabledUserIsRefusedAndOneDisabledWhileSignedInLosesTheSession() {
        String gone = user("ssogone", "Gil.Gone", EnumSet.of(Role.READER));
        users.setEnabled(gone, false, "admin");
        Session gil = new Session();
        assertThat(gil.signIn(Map.of("email", emailOf(gone)))).endsWith("/login?refused");
        assertSentToSignIn(gil.get(url("/reports")));

        String leaving = user("ssoleaving", "Lee.Leaving", EnumSet.of(Role.ADMIN));
        Session lee = new Session();
        assertThat(lee.signIn(Map.of("preferred_username", leaving))).endsWith(":" + port + "/");
        assertThat(lee.get(url("/camunda/app/cockpit/default/")).statusCode()).isEqualTo(200);
        users.setEnabled(leaving, false, "admin");
        assertSentToSignIn(lee.get(url("/camunda/app/cockpit/default/")));
        assertSentToSignIn(lee.get(url("/admin/users")));
    }

    /**
     * An administrator typed a colleague's address into Alice's record; the colleague signed in with their council
     * account and became Alice. Correcting the address ends that session; one matched by username goes on.
     */
    @Test
    void aSessionMatchedByAnAddressEndsOnceTheAddressIsCorrected() {
        String alice = user("ssoalice", "Alice.Admin", EnumSet.of(Role.ADMIN));
        Session adam = new Session();
        assertThat(adam.signIn(Map.of("email", emailOf(alice)))).endsWith(":" + port + "/");
        assertThat(adam.get(url("/camunda/app/cockpit/default/")).statusCode()).isEqualTo(200);
        String kim = user("ssokim", "Kim.Keeps", EnumSet.of(Role.ADMIN));
        Session kept = new Session();
        assertThat(kept.signIn(Map.of("preferred_username", kim))).endsWith(":" + port + "/");

        newAddress(alice, "alice.corrected" + N.incrementAndGet() + "@sso.council.test");
        newAddress(kim, "kim.moved" + N.incrementAndGet() + "@sso.council.test");

        assertSentToSignIn(adam.get(url("/camunda/app/cockpit/default/")));
        assertThat(kept.get(url("/camunda/app/cockpit/default/")).statusCode()).as("matched by username")
                .isEqualTo(200);
    }

    private void newAddress(String username, String email) {
        Person p = people.find(username).orElseThrow();
        users.update(new UserFields(username, p.displayName(), email, p.roles(), p.serviceId(), p.directorateId()),
                "admin");
    }

    @Test
    void aTokenFromAnotherIssuerIsNotAccepted(CapturedOutput log) {
        String admin = user("ssoforged", "Fay.Forged", EnumSet.of(Role.ADMIN));
        Session fay = new Session();
        // Signed with the council provider's own key, so only the issuer is wrong.
        String landing = fay.signIn(Map.of("email", emailOf(admin), "iss", "https://login.example.net/other/v2.0"));
        assertThat(landing).endsWith("/login?refused");
        assertSentToSignIn(fay.get(url("/admin/users")));
        assertThat(fay.get(url("/camunda/api/admin/auth/user/default")).statusCode()).isNotEqualTo(200);
        // Refused for its issuer (Spring's ID token checks), recorded with the sign-ins.
        assertThat(log.getOut()).contains("Sign-in with a council account failed: invalid_id_token")
                .contains("iss=https://login.example.net/other/v2.0");
    }

    @Test
    void withLocalPasswordsOffAPostedPasswordSignInIsRefused() {
        String admin = personWithPassword("ssopassword", "Pam Password");
        Session pam = new Session();
        String page = pam.get(url("/login")).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page's CSRF token").isTrue();
        HttpResponse<String> posted = pam.post(url("/login"), "username=" + admin + "&password="
                + PASSWORD.replace(' ', '+') + "&_csrf=" + token.group(1));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertSentToSignIn(pam.get(url("/admin/users")));
    }

    /**
     * Until now the Users screen gave every new person a password the administrator chose (and a reset gave any
     * person one): HTTP Basic took it, so the administrator could act over the API as that person, and a leaver whose
     * council account was closed kept the API. No person's password opens it now, only another system's account's.
     */
    @Test
    void withLocalPasswordsOffAPasswordTheAdministratorSetForAPersonOpensNoApi() {
        String kit = personWithPassword("ssokept", "Kit Kept");
        Session session = new Session();
        for (String path : List.of("/api/people", "/engine-rest/engine", "/v3/api-docs")) {
            HttpResponse<String> refused = session.basic(url(path), kit, PASSWORD);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("This is a person's account, and people sign in with their"
                    + " council account: the API takes a password only from an account an administrator has marked as"
                    + " an API account (another system) under Users");
        }
        assertThat(session.signIn(Map.of("preferred_username", kit))).as("their council account still signs them in")
                .endsWith(":" + port + "/");
    }

    @Test
    void withLocalPasswordsOffTheAdministratorGivesNoPersonAPassword() {
        UserFields dee = new UserFields("ssonopass" + N.incrementAndGet(), "Dee Director", "dee" + N.get()
                + "@sso.council.test", EnumSet.of(Role.PERFORMANCE_TEAM), null, null);
        assertThatThrownBy(() -> users.create(dee, PASSWORD, "admin")).isInstanceOf(UserRejectedException.class)
                .hasMessage("People sign in with their council account here and have no password: only an account"
                        + " marked as an API account (another system) is given one");
        assertThat(people.find(dee.username())).isEmpty();

        String director = user("ssoreset", "Rey.Reset", EnumSet.of(Role.PERFORMANCE_TEAM));
        assertThat(new Session().basic(url("/api/people"), director, PASSWORD).statusCode())
                .as("created with no password anyone knows").isEqualTo(401);
        assertThatThrownBy(() -> users.resetPassword(director, PASSWORD, "admin"))
                .isInstanceOf(UserRejectedException.class).hasMessageContaining("have no password");
        assertThat(new Session().basic(url("/api/people"), director, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(history.of(director, "admin")).extracting(AccountEvent::kind)
                .doesNotContain(AccountChange.PASSWORD_RESET);
    }

    /**
     * A values feed or a monitoring check is not a person: its account, so marked, keeps a password for the API.
     * Unmarked, its password is removed: it used to be kept, so marking the account again quietly brought back a
     * password the administrator had reason to think gone. Marked again, it is given a new one.
     */
    @Test
    void withLocalPasswordsOffAnAccountMarkedAsAnotherSystemsReachesTheApi() {
        UserFields feed = new UserFields("ssofeed" + N.incrementAndGet(), "Values feed", "feed" + N.get()
                + "@sso.council.test", EnumSet.of(Role.PERFORMANCE_TEAM), null, null);
        users.create(feed, PASSWORD, true, "admin");
        Session system = new Session();
        assertThat(system.basic(url("/api/people"), feed.username(), PASSWORD).statusCode()).isEqualTo(200);
        users.resetPassword(feed.username(), PASSWORD + " two", "admin");
        assertThat(system.basic(url("/api/people"), feed.username(), PASSWORD + " two").statusCode()).isEqualTo(200);

        users.update(feed, "admin", feed, false);
        assertThat(system.basic(url("/api/people"), feed.username(), PASSWORD + " two").statusCode())
                .as("no longer marked, its password removed").isEqualTo(401);
        users.update(feed, "admin", feed, true);
        assertThat(system.basic(url("/api/people"), feed.username(), PASSWORD + " two").statusCode())
                .as("the old password, marked again").isEqualTo(401);
        assertThat(history.of(feed.username(), "admin")).extracting(AccountEvent::words).as("newest first")
                .containsSubsequence("Marked as an API account (another system) by admin",
                        "Password removed (people have none here) by admin",
                        "No longer marked as an API account (another system) by admin", "Password reset by admin",
                        "Marked as an API account (another system) by admin");
        users.resetPassword(feed.username(), PASSWORD + " three", "admin");
        assertThat(system.basic(url("/api/people"), feed.username(), PASSWORD + " three").statusCode())
                .isEqualTo(200);
    }

    /** The Users screen asks no password for a person, and one for an account marked as another system's. */
    @Test
    void withLocalPasswordsOffTheUsersScreenAsksAPasswordOnlyForAnotherSystemsAccount() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ViewTest.routes(), context, UI::new));
        try {
            UserDetails admin = userDetails.loadUserByUsername("admin");
            ViewTest.signInWith(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            UI.getCurrent().navigate("admin/users");
            String person = "ssoscreen" + N.incrementAndGet();
            Dialog dialog = newUser(person, "Sol Screen");
            assertThat(_find(dialog, PasswordField.class)).allMatch(field -> !field.isVisible());
            _click(_get(dialog, Button.class, b -> b.withText("Create user")));
            assertThat(new Session().basic(url("/api/people"), person, PASSWORD).statusCode()).isEqualTo(401);

            String feed = "ssoscreenfeed" + N.incrementAndGet();
            dialog = newUser(feed, "Values Feed");
            _setValue(_get(dialog, Checkbox.class, c -> c.withLabel("API account (another system)")), true);
            _setValue(_get(dialog, PasswordField.class, f -> f.withLabel("Initial password")), PASSWORD);
            _click(_get(dialog, Button.class, b -> b.withText("Create user")));
            assertThat(new Session().basic(url("/api/people"), feed, PASSWORD).statusCode()).isEqualTo(200);

            assertThat(String.join(" | ", GridKt._getFormattedRow(usersGrid(), row(feed))))
                    .contains("Performance team; API account (another system)");
            assertThat(actions(person, "Reset password")).as("a person's").isEmpty();
            assertThat(actions(feed, "Reset password")).as("another system's").hasSize(1);

            _click(actions(feed, "Change").get(0));
            dialog = _get(Dialog.class);
            _setValue(_get(dialog, Checkbox.class, c -> c.withLabel("API account (another system)")), false);
            _click(_get(dialog, Button.class, b -> b.withText("Save changes")));
            assertThat(NotificationsKt.getNotifications()).last().satisfies(n -> assertThat(n.getElement()
                    .getProperty("text", "")).isEqualTo("Saved Values Feed. It is no longer an API account and its"
                    + " password is removed: marked again, it needs a new one (Reset password)"));
            assertThat(new Session().basic(url("/api/people"), feed, PASSWORD).statusCode()).isEqualTo(401);
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    /** The Users screen's New user dialog, filled in for a member of the performance team. */
    private static Dialog newUser(String username, String name) {
        _click(_get(Button.class, b -> b.withText("New user…")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextField.class, f -> f.withLabel("Username")), username);
        _setValue(_get(dialog, TextField.class, f -> f.withLabel("Name")), name);
        _setValue(_get(dialog, TextField.class, f -> f.withLabel("Email")), username + "@sso.council.test");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(dialog, CheckboxGroup.class, g -> g.withLabel("Roles"));
        _setValue(roles, Set.of(Role.PERFORMANCE_TEAM));
        return dialog;
    }

    @SuppressWarnings("unchecked")
    private static Grid<Person> usersGrid() {
        return _get(Grid.class);
    }

    private static int row(String username) {
        return usersGrid().getListDataView().getItems().map(Person::username).toList().indexOf(username);
    }

    /** The row's visible actions of these words. */
    private static List<Button> actions(String username, String text) {
        return _find((HorizontalLayout) GridKt._getCellComponent(usersGrid(), row(username), "actions"), Button.class,
                b -> b.withText(text));
    }

    @Test
    void withLocalPasswordsOffNoPasswordCanBeForgottenHere() {
        String reader = user("ssoforgot", "Flo.Forgot", EnumSet.of(Role.READER));
        assertThat(forgotten.offered()).isFalse();
        assertThatThrownBy(() -> forgotten.request(reader, "192.0.2.1")).isInstanceOf(NotAllowedException.class)
                .hasMessage("Passwords are not used here: sign in with your Kirklees account");
        assertThatThrownBy(() -> forgotten.reset("any token", PASSWORD + "!", PASSWORD + "!"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(forgotten.whose("any token")).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :r").param("r",
                people.find(reader).orElseThrow().email()).query(Integer.class).single()).isZero();
    }

    /** In Chromium: the refusals' messages, the button, the role's start page, signing out here and there. */
    @Test
    void inTheBrowserRefusalsSayWhyAndTheButtonSignsInToTheStartPageAndSignOutEndsTheSession() {
        String gone = user("ssodisabled", "Dee.Disabled", EnumSet.of(Role.READER));
        users.setEnabled(gone, false, "admin");
        String perf = user("ssobrowser", "Bea.Browser", EnumSet.of(Role.PERFORMANCE_TEAM));
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waitUpTo(browser, Duration.ofSeconds(60));
            provider.enqueueCallback(callback(Map.of("email", "nobody.here@council.test")));
            signInWithTheButton(browser, wait);
            assertThat(refusal(browser, wait)).isEqualTo("Your council account nobody.here@council.test is not"
                    + " registered for Quarterly Returns; ask the performance team");
            Browser.screenshot(browser, "sign-in-refused-unknown-council-account");

            provider.enqueueCallback(callback(Map.of("email", emailOf(gone))));
            signInWithTheButton(browser, wait);
            assertThat(refusal(browser, wait)).startsWith("Your council account " + emailOf(gone))
                    .contains("disabled");

            provider.enqueueCallback(callback(Map.of("email", emailOf(perf))));
            signInWithTheButton(browser, wait);
            wait.until(ExpectedConditions.urlToBe(url("/compliance")));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[text()='Sign out']")))
                    .click();
            wait.until(ExpectedConditions.urlContains("/login"));
            assertThat(providerPathsSeen()).as("signed out at the provider too")
                    .contains(provider.endSessionEndpointUrl(ISSUER).encodedPath());
            browser.get(url("/framework"));
            wait.until(ExpectedConditions.urlContains("/login"));
            assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
        } finally {
            browser.quit();
        }
    }

    /** The paths of the requests the provider has had and not yet been asked about. */
    private static List<String> providerPathsSeen() {
        List<String> paths = new java.util.ArrayList<>();
        while (true) {
            try {
                paths.add(provider.takeRequest(1, TimeUnit.SECONDS).getRequestUrl().encodedPath());
            } catch (RuntimeException none) {
                // The server says so when its queue stays empty for the timeout.
                return paths;
            }
        }
    }

    private void signInWithTheButton(ChromeDriver browser, WebDriverWait wait) {
        browser.get(url("/login"));
        var button = wait.until(ExpectedConditions.elementToBeClickable(
                By.linkText("Sign in with your Kirklees account")));
        assertThat(browser.findElements(By.tagName("vaadin-login-form"))).as("no password form").isEmpty();
        button.click();
    }

    private static String refusal(ChromeDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.urlContains("/login?refused"));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sign-in-refused")))
                .getText();
    }

    private static final String PASSWORD = "a long enough password";

    private String user(String prefix, String emailName, Set<Role> roles) {
        String username = prefix + N.incrementAndGet();
        // a person: no password, as the Users screen gives them none with local passwords off
        users.create(new UserFields(username, emailName.replace('.', ' '), emailName + N.get() + "@SSO.council.test",
                roles, null, null), null, "admin");
        return username;
    }

    /** An administrator with a password the administrator chose, as the Users screen gave every person until now. */
    private String personWithPassword(String prefix, String name) {
        String username = prefix + N.incrementAndGet();
        people.insert(new Person(username, name, username + "@sso.council.test", EnumSet.of(Role.ADMIN), null, null,
                true, false, false), encoder.encode(PASSWORD));
        return username;
    }

    private String emailOf(String username) {
        return people.find(username).orElseThrow().email();
    }

    private static DefaultOAuth2TokenCallback callback(Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(ISSUER, "subject-" + N.incrementAndGet(), "JWT", List.of(CLIENT),
                claims, 3600);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    /** A browser without the browser: cookies kept, redirects followed by hand across the two servers. */
    private final class Session {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Starts a sign-in at our button's address, the provider answering with these claims; where it lands. */
        String signIn(Map<String, Object> claims) {
            provider.enqueueCallback(callback(claims));
            String next = url(SingleSignOn.START);
            for (int hop = 0; hop < 5; hop++) {
                HttpResponse<String> response = get(next);
                if (response.statusCode() != 302) {
                    throw new AssertionError("No redirect from " + next + ": " + response.statusCode());
                }
                next = URI.create(next).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
                if (next.startsWith(url("/")) && !next.contains("/oauth2/") && !next.contains("/login/oauth2/")) {
                    return next;
                }
            }
            throw new AssertionError("Too many redirects, last " + next);
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> post(String url, String form) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> basic(String url, String username, String password) {
            String credentials = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
            return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Basic " + credentials).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).join();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
