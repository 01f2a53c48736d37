package uk.quarterlyreturns.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.quarterlyreturns.base.security.AccessTable.Who;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.WebSession;

/**
 * Who gets past security at every endpoint, asked over HTTP with a harmless request. Our own endpoints
 * come from Spring MVC's registry, so a new one fails this test, by name, until the table has it.
 */
class EndpointAccessMatrixTest extends ApplicationTest {

    // PERF performance team, SD service director, DO data officer, STRAT strategic director,
    // CEO chief executive, ANON not signed in.
    private static final String EXPECTED = """
            endpoint                                           ADMIN  PERF   SD     DO     STRAT  CEO    READER ANON
            GET /api/years/{year}/framework                    allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/framework/history            allow  allow  deny   deny   deny   deny   deny   deny
            PUT /api/years/{year}/framework                    allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/actions                      allow  allow  deny   deny   deny   deny   deny   deny
            PUT /api/years/{year}/actions                      allow  allow  deny   deny   deny   deny   deny   deny
            PUT /api/years/{year}/history                      allow  allow  deny   deny   deny   deny   deny   deny
            PUT /api/years/{year}/quarters/{quarter}/values    allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/measures  allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/actions   allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/compliance allow allow deny  deny   allow  deny   deny   deny
            POST /api/years/{year}/quarters/{quarter}/extensions deny allow deny  deny   deny   deny   deny   deny
            POST /api/years/{year}/quarters/{quarter}/cycle/dates deny allow deny  deny   deny   deny   deny   deny
            POST /api/years/{year}/quarters/{quarter}/stopped-steps/{id}/try-again deny allow deny deny deny deny deny deny
            PUT /api/years/{year}/quarters/{quarter}/measures/{code}/provisional allow allow allow allow allow allow allow deny
            PUT /api/years/{year}/quarters/{quarter}/measures/{code}/earlier-figures/{earlierQuarter} allow allow allow allow allow allow allow deny
            GET /api/years/{year}/quarters/{quarter}/measures/{code}/evidence allow allow allow allow allow allow deny deny
            GET /api/years/{year}/quarters/{quarter}/measures/{code}/evidence/{id} allow allow allow allow allow allow deny deny
            GET /api/people                                    allow  allow  deny   deny   deny   deny   deny   deny
            PUT /api/people                                    allow  deny   deny   deny   deny   deny   deny   deny
            GET /api/people/history                            allow  deny   deny   deny   deny   deny   deny   deny
            POST /api/years/{year}/rollover                    allow  allow  deny   deny   deny   deny   deny   deny
            DELETE /api/years/{year}/measures/{code}           allow  allow  deny   deny   deny   deny   deny   deny
            DELETE /api/years/{year}/actions/{code}            allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/directorates/continuations   allow  allow  deny   deny   deny   deny   deny   deny
            POST /api/years/{year}/directorates/continuations  allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/report    allow  allow  allow  allow  allow  allow  allow  deny
            GET /api/years/{year}/quarters/{quarter}/report.pdf allow allow allow  allow  allow  allow  allow  deny
            GET /api/years/{year}/quarters/{quarter}/report.xlsx allow allow allow allow  allow  allow  allow  deny
            GET /api/years/{year}/quarters/{quarter}/cycle      allow  allow  deny   deny   deny   deny   deny   deny
            POST /api/years/{year}/quarters/{quarter}/cycle     allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/returns    allow  allow  deny   deny   deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/returns/history allow allow deny deny  deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/audit-pack allow allow deny deny  deny   deny   deny   deny
            GET /api/years/{year}/quarters/{quarter}/report/cover allow allow deny deny   deny   allow  deny   deny
            PUT /api/years/{year}/quarters/{quarter}/report/cover deny allow deny  deny   deny   deny   deny   deny
            GET /engine-rest/engine                            allow  deny   deny   deny   deny   deny   deny   deny
            GET /engine-rest/task                              allow  deny   deny   deny   deny   deny   deny   deny
            GET /camunda/api/engine/engine/                    allow  deny   deny   deny   deny   deny   deny   deny
            GET /v3/api-docs                                   allow  allow  deny   deny   deny   deny   deny   deny
            GET /v3/api-docs.yaml                              allow  allow  deny   deny   deny   deny   deny   deny
            GET /swagger-ui/index.html                         allow  allow  deny   deny   deny   deny   deny   deny
            """;
    // Camunda's own endpoints, which are not in Spring MVC's registry.
    private static final Set<String> CAMUNDA = Set.of("GET /engine-rest/engine", "GET /engine-rest/task",
            "GET /camunda/api/engine/engine/");
    // The API's description and Swagger UI (springdoc's own endpoints), asked by signed-in browser sessions.
    private static final Set<String> DOCS = Set.of("GET /v3/api-docs", "GET /v3/api-docs.yaml",
            "GET /swagger-ui/index.html");
    // A year nobody imports, so a request that gets past security finds nothing and changes nothing.
    private static final Map<String, String> PATH_VALUES = Map.of("{year}", "1999-00", "{quarter}", "1",
            "{code}", "NO-SUCH", "{earlierQuarter}", "1", "{id}", "1");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mvc;

    private final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);

    @Test
    void everyEndpointLetsThroughExactlyTheRolesInTheTable() {
        Set<String> found = new TreeSet<>(CAMUNDA);
        found.addAll(DOCS);
        mvc.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("uk.quarterlyreturns")) {
                return;
            }
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String path : mapping.getPatternValues()) {
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).forEach(m -> found.add(m + " " + path));
            }
        });
        new AccessTable(EXPECTED).check(found, (endpoint, who) -> passedSecurity(endpoint, status(endpoint, who)));
    }

    private int status(String endpoint, Who who) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        for (var value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        assertThat(path).as("give a harmless value for each {variable} of " + endpoint).doesNotContain("{");
        if (path.startsWith("/camunda/") || path.startsWith("/v3/") || path.startsWith("/swagger-ui/")) {
            return session(who).get(path).statusCode();
        }
        Api api = new Api(url(""), who.username, "demo");
        return switch (method) {
            case "GET" -> api.get(path).getStatusCode().value();
            // An empty file, refused with 400 by any import that is reached; a call taking JSON refuses a file's
            // type before its own role check (415), so is asked again with an empty object, as POST is.
            case "PUT" -> {
                int csv = api.putCsv(path, "").getStatusCode().value();
                yield csv != 415 ? csv : api.put(path, "application/json", "{}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).getStatusCode().value();
            }
            // An empty body for a year nobody imports: 404 once past security.
            case "POST" -> api.postJson(path, "{}").getStatusCode().value();
            // Nothing to remove in a year nobody imports: 404 once past security.
            case "DELETE" -> api.delete(path).getStatusCode().value();
            default -> throw new AssertionError("Add a harmless request for " + endpoint);
        };
    }

    private WebSession session(Who who) {
        return sessions.computeIfAbsent(who, w -> {
            WebSession session = new WebSession(url(""));
            if (w.username != null) {
                assertThat(WebSession.succeeded(session.signIn(w.username, "demo"))).as(w.username).isTrue();
            }
            return session;
        });
    }

    /** 401, 403 and a redirect to sign in are refusals; an answer from the endpoint itself got past. */
    private static boolean passedSecurity(String endpoint, int status) {
        if (status == 401 || status == 403 || status == 302) {
            return false;
        }
        assertThat(status).as(endpoint + " answered").isIn(200, 400, 404, 409);
        return true;
    }
}
