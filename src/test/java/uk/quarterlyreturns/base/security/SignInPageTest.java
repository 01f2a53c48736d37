package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.SettingException;
import uk.quarterlyreturns.base.ui.LoginView;

/** What the sign-in page offers under each setting of single sign-on and local passwords. */
class SignInPageTest {

    @Test
    void withoutSingleSignOnThePageIsThePasswordFormAlone() {
        LoginView page = new LoginView(singleSignOn(null, true));
        assertThat(children(page, LoginForm.class)).singleElement()
                .satisfies(form -> assertThat(form.isForgotPasswordButtonVisible()).isTrue());
        assertThat(children(page, Anchor.class)).isEmpty();
    }

    @Test
    void withSingleSignOnAndLocalPasswordsThePageOffersBoth() {
        LoginView page = new LoginView(singleSignOn("https://login.microsoftonline.com/t1/v2.0", true));
        assertThat(children(page, LoginForm.class)).hasSize(1);
        assertThat(children(page, Anchor.class)).singleElement().satisfies(a -> {
            assertThat(a.getText()).isEqualTo("Sign in with your Kirklees account");
            assertThat(a.getHref()).isEqualTo("oauth2/authorization/council");
        });
    }

    @Test
    void withLocalPasswordsOffOnlyTheCouncilAccountIsOffered() {
        LoginView page = new LoginView(singleSignOn("https://login.microsoftonline.com/t1/v2.0", false));
        assertThat(children(page, LoginForm.class)).isEmpty();
        assertThat(children(page, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Sign in with your Kirklees account");
    }

    @Test
    void turningLocalPasswordsOffWithoutSingleSignOnIsRefusedAtStart() {
        assertThatThrownBy(() -> singleSignOn(null, false)).isInstanceOf(SettingException.class)
                .hasMessageContaining("QUARTERLY_SSO_LOCAL_PASSWORDS=false needs single sign-on");
    }

    private static SingleSignOn singleSignOn(String issuer, boolean localPasswords) {
        QuarterlySettings settings = new QuarterlySettings("", "Test Council", null, null, null, null, null,
                new QuarterlySettings.Sso(issuer, "client", "secret", List.of("email"), localPasswords,
                        "your Kirklees account", false), null, null);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        return new SingleSignOn(settings, beans.getBeanProvider(ClientRegistrationRepository.class),
                beans.getBeanProvider(UserAccounts.class), username -> {
                    throw new UsernameNotFoundException(username);
                });
    }

    private static <T extends Component> List<T> children(Component page, Class<T> type) {
        return page.getChildren().filter(type::isInstance).map(type::cast).toList();
    }
}
