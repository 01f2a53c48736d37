package uk.quarterlyreturns.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Hands Camunda's webapps the signed-in Spring user, with their roles as Camunda groups. */
public class SpringUserAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null && request.getSession(false) != null
                && request.getSession(false).getAttribute(HttpSessionSecurityContextRepository
                .SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext saved) {
            // The holder's strategy may look elsewhere (e.g. a Vaadin session); the HTTP session has the sign-in.
            authentication = saved.getAuthentication();
        }
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        ensureCamundaUser(engine, authentication.getName(), authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority())), names(request));
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList());
        return result;
    }

    /**
     * The webapps look the user up in Camunda's own user table and fail without a row there; people are
     * kept in ours, so a matching row (no usable password) is made on first visit.
     */
    private static void ensureCamundaUser(ProcessEngine engine, String username, boolean admin, PersonNames names) {
        IdentityService identity = engine.getIdentityService();
        User existing = identity.createUserQuery().userId(username).singleResult();
        PersonNames.Name name = names == null ? null : names.of(username).orElse(null);
        if (existing == null || name != null && !sameName(existing, name)) {
            // The person's name as the webapps greet them, kept up to date with ours on each visit.
            User user = existing != null ? existing : identity.newUser(username);
            if (existing == null) {
                user.setPassword(UUID.randomUUID().toString());
            }
            if (name != null) {
                user.setFirstName(name.firstName());
                user.setLastName(name.lastName());
                user.setEmail(name.email());
            }
            identity.saveUser(user);
        }
        // Without a member of camunda-admin the webapps send everyone to their first-run set-up page.
        if (admin) {
            if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
                Group group = identity.newGroup(CAMUNDA_ADMIN);
                group.setName("Camunda administrators");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
                identity.createMembership(username, CAMUNDA_ADMIN);
            }
        }
    }

    private static final String CAMUNDA_ADMIN = "camunda-admin";

    private static boolean sameName(User user, PersonNames.Name name) {
        return java.util.Objects.equals(user.getFirstName(), name.firstName())
                && java.util.Objects.equals(user.getLastName(), name.lastName())
                && java.util.Objects.equals(user.getEmail(), name.email());
    }

    /** Camunda makes this provider itself, so the names come from the application's context by type. */
    private static PersonNames names(HttpServletRequest request) {
        org.springframework.web.context.WebApplicationContext context = org.springframework.web.context.support
                .WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context == null ? null : context.getBeanProvider(PersonNames.class).getIfAvailable();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already challenged unauthenticated requests.
    }
}
