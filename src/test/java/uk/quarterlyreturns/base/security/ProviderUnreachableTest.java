package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.WebAttributes;

/**
 * Spring's own filter that starts a sign-in at the provider, with our handler for its failures, against an
 * issuer nothing listens on: the person is sent back to our sign-in page with a message, not an error page.
 */
class ProviderUnreachableTest {

    @Test
    void aProviderThatCannotBeReachedSendsThePersonBackToTheSignInPageWithAMessage() throws Exception {
        OAuth2AuthorizationRequestRedirectFilter filter = new OAuth2AuthorizationRequestRedirectFilter(
                new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                        ClientRegistrations.fromIssuerLocation("http://127.0.0.1:1/tenant/v2.0")
                                .registrationId("council").clientId("quarterly").build())));
        filter = ProviderUnreachable.onStartFilter().postProcess(filter);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", SingleSignOn.START);
        request.setServletPath(SingleSignOn.START);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo(SingleSignOn.REFUSED);
        Object reason = request.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(reason).isInstanceOf(SingleSignOnRefused.class);
        assertThat(((SingleSignOnRefused) reason).getError().getDescription()).isEqualTo(ProviderUnreachable.MESSAGE);
    }
}
