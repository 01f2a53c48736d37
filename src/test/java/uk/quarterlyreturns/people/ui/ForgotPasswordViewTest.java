package uk.quarterlyreturns.people.ui;

import com.vaadin.flow.component.Key;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpEnvironment;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.mail.MailDelivery;
import uk.quarterlyreturns.base.mail.MailRetry;
import uk.quarterlyreturns.base.mail.OutboxEntry;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.people.ForgottenPasswords;
import uk.quarterlyreturns.people.OwnPassword;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.Await;
import uk.quarterlyreturns.support.TestMailServer;
import uk.quarterlyreturns.support.ViewTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * "Forgot your password?" from the sign-in page to a new password, through the emailed link; the same answer
 * whoever is asked for; links that expire, work once and end when a newer one is sent; requests throttled; the
 * outbox keeping no copy of a link.
 */
class ForgotPasswordViewTest extends ViewTest {

    private static final AtomicInteger N = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "a long enough password";
    private static final String NEW_PASSWORD = "copper kettle morning";

    @Autowired UserAdministration admin;
    @Autowired ForgottenPasswords passwords;
    @Autowired OwnPassword ownPassword;
    @Autowired JdbcClient jdbc;
    @Autowired MailRetry retry;
    @Autowired QuarterlySettings settings;

    @BeforeEach
    void aClientOfItsOwn() {
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(client());
    }

    @AfterEach
    void sameClientAgain() {
        FakeHttpEnvironment.INSTANCE.setRemoteAddr("127.0.0.1");
    }

    @Test
    void theWholeJourneyFromTheSignInPageToSigningInWithTheNewPassword() {
        String username = reader();
        WebSession elsewhere = new WebSession(url(""));
        assertThat(WebSession.succeeded(elsewhere.signIn(username, PASSWORD))).isTrue();

        open("login");
        LoginFormKt._forgotPassword(_get(LoginForm.class));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("forgot-password");
        // typed straight in, then Enter, as on any sign-in form
        TextField who = _get(TextField.class, s -> s.withLabel("Username or email address"));
        assertThat(who.isAutofocus()).isTrue();
        _setValue(who, username);
        ShortcutsKt.fireShortcut(Key.ENTER);
        assertThat(_get(Paragraph.class, s -> s.withText(ForgotPasswordView.ANSWER)).getText())
                .isEqualTo(ForgotPasswordView.ANSWER);

        MimeMessage linkMail = TestMailServer.awaitReceived(address(username), "Reset your Quarterly Returns password");
        assertThat(plainText(linkMail)).as("the mail's words and the link's life agree")
                .contains("for " + ForgottenPasswords.VALID.toMinutes() + " minutes");
        String token = token(linkMail);
        open("reset-password/" + token);
        assertThat(text()).contains("For the account " + username);
        choose("too short", "too short");
        assertThat(field("New password").isInvalid()).isTrue();
        assertThat(field("New password").isAutofocus()).isTrue();
        _setValue(field("New password"), NEW_PASSWORD);
        _setValue(field("New password again"), NEW_PASSWORD);
        ShortcutsKt.fireShortcut(Key.ENTER);
        assertThat(text()).contains("Your password is set");

        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, NEW_PASSWORD))).isTrue();
        assertThat(WebSession.succeeded(new WebSession(url("")).signIn(username, PASSWORD))).isFalse();
        HttpResponse<String> ended = elsewhere.get("/reports");
        assertThat(ended.statusCode()).as("the session from before, ended").isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(plainText(TestMailServer.awaitReceived(address(username), "password was changed")))
                .contains("with a link sent to your email address").doesNotContain(NEW_PASSWORD);
        assertThat(jdbc.sql("select kind || ' ' || way || ' ' || changed_by from account_event where username = :u"
                + " order by id desc limit 1").param("u", username).query(String.class).single())
                .isEqualTo("PASSWORD_RESET EMAILED_LINK " + username);

        // The link worked once.
        open("reset-password/" + token);
        assertThat(text()).contains(ForgottenPasswords.EXPIRED).doesNotContain("For the account");
    }

    @Test
    void theAnswerIsTheSameAndAsSlowForAKnownAnUnknownAndADisabledName() {
        String known = reader();
        String disabled = reader();
        admin.setEnabled(disabled, false, "admin");
        open("forgot-password");
        List<Long> took = new java.util.ArrayList<>();
        for (String who : List.of(address(known), "nobody" + System.nanoTime() + "@council.test", disabled)) {
            long started = System.nanoTime();
            assertThat(ask(who)).isEqualTo(ForgotPasswordView.ANSWER);
            took.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        // no sooner than the answer time whoever it is (0.8 s on a server, 0.1 s in the suite, where sending a link
        // takes less); the upper bound only guards against one path taking seconds more
        long least = settings.passwords().resetAnswerTime().toMillis();
        assertThat(took).allSatisfy(ms -> assertThat(ms).isBetween(least, least + 5000L));
        assertThat(links(address(known))).isEqualTo(1);
        assertThat(links(address(disabled))).as("disabled people get nothing").isZero();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() {
        String username = reader();
        String token = requestLink(username);
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(29))));
            assertThat(passwords.whose(token)).contains(username);
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(31))));
            open("reset-password/" + token);
            assertThat(text()).contains(ForgottenPasswords.EXPIRED).doesNotContain("For the account");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void requestsADayOldAreRemovedAtTheNextRequest() {
        String username = reader();
        requestLink(username);
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(25))));
            passwords.request("nobody." + System.nanoTime(), client());
            assertThat(jdbc.sql("select count(*) from password_reset where username = :u").param("u", username)
                    .query(Integer.class).single()).isZero();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aNewerLinkEndsTheEarlierOne() {
        String username = reader();
        String first = requestLink(username);
        String second = requestLink(username);
        assertThat(second).isNotEqualTo(first);
        assertThat(passwords.whose(first)).isEmpty();
        assertThat(passwords.whose(second)).contains(username);
    }

    /**
     * A password an administrator resets (the account may be in someone else's hands), or its owner changes, ends
     * the links still open: an earlier link must not set another password after it.
     */
    @Test
    void aResetByAnAdministratorOrTheOwnersOwnChangeEndsTheOpenLinks() {
        String username = reader();
        String link = requestLink(username);
        admin.resetPassword(username, NEW_PASSWORD, "admin");
        assertThat(passwords.whose(link)).as("the link sent before the administrator's reset").isEmpty();

        String another = requestLink(username);
        ownPassword.change(username, NEW_PASSWORD, PASSWORD + " again", PASSWORD + " again");
        assertThat(passwords.whose(another)).as("the link sent before the owner's change").isEmpty();
    }

    /**
     * An address corrected by an administrator ends the links sent to the old one: whoever reads that mailbox must
     * not choose the person's password after the change.
     */
    @Test
    void anAddressChangedByAnAdministratorEndsTheLinksSentToTheOldOne() {
        String username = reader();
        String link = requestLink(username);
        admin.update(new UserFields(username, "Fay Forgetful", "moved." + address(username), EnumSet.of(Role.READER),
                null, null), "admin");
        assertThat(passwords.whose(link)).as("the link sent to the address before").isEmpty();
    }

    @Test
    void threeLinksAnHourForOnePersonAndTheSettingsRequestsAnHourFromOneClient() throws Exception {
        // Meanwhile one client asks the setting's number of times, for names nobody has: each answer takes 0.8 s
        // however many are asked at once, so they are asked together.
        String busyClient = client();
        int allowed = settings.passwords().resetRequestsPerAddress();
        ExecutorService asking = Executors.newFixedThreadPool(allowed);
        List<Future<?>> asked = new java.util.ArrayList<>();
        for (int i = 0; i < allowed; i++) {
            String nobody = "nobody" + i + "." + System.nanoTime();
            asked.add(asking.submit(() -> passwords.request(nobody, busyClient)));
        }

        String username = reader();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(client());
        open("forgot-password");
        for (int i = 0; i < 4; i++) {
            ask(username);
        }
        assertThat(links(address(username))).isEqualTo(3);

        for (Future<?> request : asked) {
            request.get(30, TimeUnit.SECONDS);
        }
        asking.shutdown();
        String other = reader();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(busyClient);
        open("forgot-password");
        assertThat(ask(other)).isEqualTo(ForgotPasswordView.ANSWER);
        assertThat(links(address(other))).as("the request beyond the setting from one client").isZero();
        FakeHttpEnvironment.INSTANCE.setRemoteAddr(client());
        ask(other);
        assertThat(links(address(other))).as("the same person from another client").isEqualTo(1);
    }

    @Test
    void theOutboxKeepsNoCopyOfTheLinkOnceSent() {
        String username = reader();
        String token = requestLink(username);
        Await.until("the link's mail marked delivered", TestMailServer.DELIVERY, () -> jdbc.sql(
                "select count(*) from outbox_message where recipient = :r and status = 'DELIVERED'")
                .param("r", address(username)).query(Integer.class).single() == 1);
        var kept = jdbc.sql("select body_text, coalesce(body_html, '') from outbox_message where recipient = :r")
                .param("r", address(username)).query((rs, n) -> rs.getString(1) + rs.getString(2)).single();
        assertThat(kept).isEqualTo(MailDelivery.NOT_KEPT).doesNotContain(token);
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = :t").param("t", token)
                .query(Integer.class).single()).as("the token itself is not stored").isZero();
    }

    @Test
    void aLinkFoundUnsendableCannotBeSentAgainFromTheOutbox() {
        Instant now = Instant.now();
        assertThat(retry.failed(new OutboxEntry(1, "k", "ACCOUNT_RESET_LINK", address("x"), "Reset your Quarterly"
                + " Returns password", null, null, now, OutboxEntry.Status.NOT_SENT, null, 0, null))).isFalse();
        assertThat(retry.failed(new OutboxEntry(2, "k2", "ACCOUNT_PASSWORD_RESET", address("x"), "Your Quarterly"
                + " Returns password was reset", null, null, now, OutboxEntry.Status.NOT_SENT, null, 0, null)))
                .isTrue();
    }

    @Test
    void theRoutesOpenSignedOutWhileOtherPagesStillNeedASignIn() {
        WebSession anonymous = new WebSession(url(""));
        assertThat(anonymous.get("/forgot-password").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/reset-password/not-a-token").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/reports").statusCode()).isEqualTo(302);
    }

    private String requestLink(String username) {
        int before = TestMailServer.receivedBy(address(username), "Reset your").size();
        passwords.request(username, client());
        Await.until("a link to " + username, TestMailServer.DELIVERY,
                () -> TestMailServer.receivedBy(address(username), "Reset your").size() > before);
        List<MimeMessage> mails = TestMailServer.receivedBy(address(username), "Reset your");
        return token(mails.get(mails.size() - 1));
    }

    private String ask(String who) {
        _setValue(_get(TextField.class, s -> s.withLabel("Username or email address")), who);
        _click(_get(Button.class, s -> s.withText("Send me a link")));
        return _get(Paragraph.class, s -> s.withText(ForgotPasswordView.ANSWER)).getText();
    }

    private void choose(String next, String repeated) {
        _setValue(field("New password"), next);
        _setValue(field("New password again"), repeated);
        _click(_get(Button.class, s -> s.withText("Set password")));
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, s -> s.withLabel(label));
    }

    private static String text() {
        return _get(ResetPasswordView.class).getElement().getTextRecursively();
    }

    private int links(String recipient) {
        return jdbc.sql("select count(*) from outbox_message where recipient = :r and kind = 'ACCOUNT_RESET_LINK'")
                .param("r", recipient).query(Integer.class).single();
    }

    private String reader() {
        String username = "forgot" + N.incrementAndGet() + "." + System.nanoTime();
        admin.create(new UserFields(username, "Fay Forgetful", address(username), EnumSet.of(Role.READER), null,
                null), PASSWORD, "admin");
        return username;
    }

    private static String address(String username) {
        return username + "@council.test";
    }

    /** A client address of its own, so that tests sharing the database do not throttle each other. */
    private static String client() {
        return "192.0.2." + N.incrementAndGet() + "." + System.nanoTime();
    }


    private static String token(MimeMessage mail) {
        Matcher link = LINK.matcher(plainText(mail));
        assertThat(link.find()).as("a reset link in the mail").isTrue();
        return link.group(1);
    }

    /** The mail's plain-text part, decoded. */
    private static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart parts) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart body = parts.getBodyPart(i);
                    text.append(plainText(body));
                }
                return text.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
