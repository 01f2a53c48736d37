package uk.quarterlyreturns.base.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import uk.quarterlyreturns.base.security.AccessTable.Who;

/**
 * Who may open each view, as Vaadin decides it from the view's annotations. A new view must be added
 * to the table below, or this test fails naming it.
 */
class ViewAccessMatrixTest {

    // PERF performance team, SD service director, DO data officer, STRAT strategic director,
    // CEO chief executive, ANON not signed in.
    private static final String EXPECTED = """
            view            ADMIN  PERF   SD     DO     STRAT  CEO    READER ANON
            /               allow  allow  allow  allow  allow  allow  allow  deny
            /login          allow  allow  allow  allow  allow  allow  allow  allow
            /forgot-password                  allow  allow  allow  allow  allow  allow  allow  allow
            /reset-password/:token            allow  allow  allow  allow  allow  allow  allow  allow
            /choose-password                  allow  allow  allow  allow  allow  allow  allow  deny
            /inbox          deny   allow  allow  allow  allow  allow  deny   deny
            /framework      allow  allow  deny   deny   deny   deny   deny   deny
            /reports        allow  allow  allow  allow  allow  allow  allow  deny
            /returns/:returnId(\\d+)          deny   allow  allow  allow  allow  allow  deny   deny
            /returns/:returnId(\\d+)/check    deny   allow  deny   deny   deny   deny   deny   deny
            /compliance                       deny   allow  deny   deny   allow  deny   deny   deny
            /reports/:cycleId(\\d+)/approval  deny   allow  deny   deny   deny   allow  deny   deny
            /admin/users    allow  deny   deny   deny   deny   deny   deny   deny
            /admin/outbox   allow  deny   deny   deny   deny   deny   deny   deny
            /admin/services allow  allow  deny   deny   deny   deny   deny   deny
            /admin/reminders allow deny   deny   deny   deny   deny   deny   deny
            /delegations    allow  deny   allow  deny   allow  deny   deny   deny
            /countersign    deny   deny   deny   deny   allow  deny   deny   deny
            """;

    private final AccessAnnotationChecker vaadin = new AccessAnnotationChecker();

    @Test
    void everyViewOpensForExactlyTheRolesInTheTable() {
        Map<String, Class<?>> views = views();
        new AccessTable(EXPECTED).check(views.keySet(), (view, who) -> vaadin.hasAccess(views.get(view),
                principal(who), role -> who.role != null && who.role.name().equals(role)));
    }

    /** Every class in our package annotated @Route, by its path. */
    private static Map<String, Class<?>> views() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> views = new TreeMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents("uk.quarterlyreturns")) {
            Class<?> view = load(found.getBeanClassName());
            views.put("/" + path(view), view);
        }
        return views;
    }

    private static String path(Class<?> view) {
        String value = view.getAnnotation(Route.class).value();
        if (!Route.NAMING_CONVENTION.equals(value)) {
            return value;
        }
        // Vaadin's convention: the class name without "View", in lower case.
        return view.getSimpleName().replaceFirst("View$", "").toLowerCase(Locale.ROOT);
    }

    private static Principal principal(Who who) {
        return who.username == null ? null : () -> who.username;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
