package uk.quarterlyreturns.base.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.quarterlyreturns.base.mail.templates.MailExamples.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Emails telling people of changes to their own account: what, when, by whom, and whom to tell. */
class AccountMailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(value = MailKind.class, names = {"ACCOUNT_PASSWORD_RESET", "ACCOUNT_PASSWORD_CHANGED",
            "ACCOUNT_EMAIL_CHANGED"})
    void saysWhenAndWhomToTellAndLinksToTheSignIn(MailKind kind) {
        RenderedMail mail = templates.render(kind, accountMail(kind));
        MailHtml html = MailHtml.parse(mail.html());

        for (String body : List.of(mail.text(), html.bodyText())) {
            assertThat(body).contains("Dear " + DIRECTOR + ",").contains(CHANGED_WORDS).contains(USERNAME)
                    .contains("tell " + CONTACT + " at once");
        }
        assertThat(html.links()).singleElement().satisfies(link -> {
            assertThat(link.href()).isEqualTo(SIGN_IN_LINK);
            assertThat(link.text()).isEqualTo("Sign in to Quarterly Returns");
        });
    }

    @Test
    void aResetNamesTheAdministrator() {
        RenderedMail mail = templates.render(MailKind.ACCOUNT_PASSWORD_RESET,
                accountMail(MailKind.ACCOUNT_PASSWORD_RESET));

        assertThat(mail.subject()).isEqualTo("Your Quarterly Returns password was reset");
        assertThat(mail.text()).contains(ADMINISTRATOR + " reset the password of your Quarterly Returns account on "
                + CHANGED_WORDS + ". You have been signed out everywhere");
    }

    @Test
    void anOwnChangeSaysHow() {
        RenderedMail mail = templates.render(MailKind.ACCOUNT_PASSWORD_CHANGED,
                accountMail(MailKind.ACCOUNT_PASSWORD_CHANGED));

        assertThat(mail.subject()).isEqualTo("Your Quarterly Returns password was changed");
        for (String body : List.of(mail.text(), MailHtml.parse(mail.html()).bodyText())) {
            assertThat(body).contains("was changed on " + CHANGED_WORDS + " under My settings. You have been signed"
                    + " out everywhere else.").contains("If you did not change it");
        }
    }

    @Test
    void anAddressChangeShowsBothAddresses() {
        AccountMail changed = accountMail(MailKind.ACCOUNT_EMAIL_CHANGED);
        RenderedMail mail = templates.render(MailKind.ACCOUNT_EMAIL_CHANGED, changed);

        assertThat(mail.subject()).isEqualTo("Your Quarterly Returns email address was changed");
        for (String body : List.of(mail.text(), MailHtml.parse(mail.html()).bodyText())) {
            assertThat(body).contains(ADMINISTRATOR + " changed the email address")
                    .contains("Old address: " + changed.oldEmail()).contains("New address: " + changed.newEmail())
                    .contains("goes to the new address from now on");
        }
        RenderedMail removed = templates.render(MailKind.ACCOUNT_EMAIL_CHANGED, new AccountMail(null, USERNAME,
                CHANGED, ADMINISTRATOR, null, changed.oldEmail(), null, CONTACT, SIGN_IN_LINK));
        assertThat(removed.text()).contains("New address: none").contains("sends you no mail");
    }

    @Test
    void aResetLinkLinksToItsPageAndSaysHowLongItWorks() {
        String link = RESET_LINK;
        RenderedMail mail = templates.render(MailKind.ACCOUNT_RESET_LINK, accountMail(MailKind.ACCOUNT_RESET_LINK));

        assertThat(mail.subject()).isEqualTo("Reset your Quarterly Returns password");
        assertThat(mail.text()).contains("it works once, for 30 minutes").contains("If you did not ask, ignore this"
                + " email").contains("Choose a new password: " + link);
        assertThat(MailHtml.parse(mail.html()).links()).singleElement()
                .satisfies(a -> assertThat(a.href()).isEqualTo(link));
    }

    @Test
    void refusesAModelWithoutWhatTheKindMustSay() {
        AccountMail nobody = new AccountMail(null, USERNAME, CHANGED, null, null, null, null, CONTACT, SIGN_IN_LINK);
        assertThatThrownBy(() -> templates.render(MailKind.ACCOUNT_PASSWORD_RESET, nobody))
                .hasMessage("A ACCOUNT_PASSWORD_RESET email needs changedBy");
        assertThatThrownBy(() -> templates.render(MailKind.ACCOUNT_EMAIL_CHANGED, nobody))
                .hasMessage("A ACCOUNT_EMAIL_CHANGED email needs changedBy, oldEmail or newEmail");
        assertThatThrownBy(() -> templates.render(MailKind.ACCOUNT_PASSWORD_CHANGED, new AccountMail(null, USERNAME,
                CHANGED, null, null, null, null, null, SIGN_IN_LINK))).hasMessage("A ACCOUNT_PASSWORD_CHANGED email"
                + " needs contact");
        assertThatThrownBy(() -> templates.render(MailKind.REMINDER, nobody)).isInstanceOf(
                IllegalArgumentException.class);
    }
}
