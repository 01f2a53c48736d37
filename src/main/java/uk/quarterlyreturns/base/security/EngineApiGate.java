package uk.quarterlyreturns.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The engine's REST API (at /engine-rest, and under Cockpit and Tasklist at /camunda/api/engine) is open
 * for reading and for an operator's few repairs only: retrying a failed job or external task and running
 * a job now. Everything else that writes (deploying, modifying, migrating or deleting process instances,
 * writing variables, completing, resolving or submitting tasks, correlating messages, signals, starting
 * processes) is refused with 403, because each of those would bypass the application's own checks, and
 * a deployment could run any expression against the application's beans. A job is run now only when it failed or
 * its time has come: run early, a timer would do now what the process does then (the cycle's compilation timer
 * compiles the report with every return not yet in as Missing and sends it to the chief executive). For the same
 * reason setting a job's retries may not set its due date, as Camunda's API lets it.
 */
final class EngineApiGate extends OncePerRequestFilter {

    static final String MESSAGE = "The engine API is read-only here, apart from retrying and running jobs:"
            + " make changes in Quarterly Returns";

    private static final List<String> PREFIXES = List.of("/engine-rest", "/camunda/api/engine");
    private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String ID = "[^/]+";

    /** Queries that Camunda takes as POST because their filters travel in the body. */
    private static final Pattern QUERY = Pattern.compile("POST /(history/)?(task|process-instance|execution"
            + "|variable-instance|job|external-task|activity-instance|detail|job-log|external-task-log|incident"
            + "|case-instance|case-execution|case-activity-instance|decision-instance)(/count)?"
            + "|POST /filter/" + ID + "/(list|count|singleResult)");

    /** The operator's repairs: retry what failed, run a waiting job now. */
    private static final Pattern REPAIR = Pattern.compile("PUT /job/" + ID + "/retries|POST /job/retries"
            + "|POST /job/" + ID + "/execute|PUT /job-definition/" + ID + "/retries"
            + "|PUT /external-task/" + ID + "/retries|PUT /external-task/retries|POST /external-task/retries-async");

    static final String EARLY = "The engine API runs only a job that failed or is due: this one waits for its time,"
            + " and running it early would do now what the process does then";

    private static final Pattern RUN_NOW = Pattern.compile("POST /job/(" + ID + ")/execute");

    static final String DUE_DATE = "The engine API sets a job's retries, not when it runs: a timer waits for the"
            + " time its process gives it";

    /** The retries calls whose body may carry a due date for the jobs. */
    private static final Pattern RETRIES = Pattern.compile("PUT /job/" + ID + "/retries|POST /job/retries"
            + "|PUT /job-definition/" + ID + "/retries");

    /** Whether the job of this id may be run now ({@link #runnableNow}); true for one not found (Camunda answers). */
    private final Predicate<String> mayRunNow;

    EngineApiGate(Predicate<String> mayRunNow) {
        this.mayRunNow = mayRunNow;
    }

    /**
     * A job an operator may run now: one the engine recorded a failure of, or one whose time has come (the executor
     * has not taken it, or may not: no retries left). Retries are the operator's to set, so they do not count.
     */
    static boolean runnableNow(String exceptionMessage, Date due, Date now) {
        return exceptionMessage != null || due == null || !due.after(now);
    }

    /** The job a "run now" names, as Camunda reads it from the path (decoded, any matrix parameters dropped). */
    static String jobId(String encodedSegment) {
        int matrix = encodedSegment.indexOf(';');
        return UriUtils.decode(matrix < 0 ? encodedSegment : encodedSegment.substring(0, matrix),
                StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return resource(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String resource = resource(request);
        if (!allowed(request.getMethod(), resource) || request.getHeader("X-HTTP-Method-Override") != null) {
            refuse(response, MESSAGE);
            return;
        }
        String call = request.getMethod() + " " + resource;
        Matcher run = RUN_NOW.matcher(call);
        if (run.matches() && !mayRunNow.test(jobId(run.group(1)))) {
            refuse(response, EARLY);
            return;
        }
        if (RETRIES.matcher(call).matches()) {
            byte[] body = request.getInputStream().readNBytes(RetriesBody.MOST + 1);
            if (request.getHeader("Content-Encoding") != null || RetriesBody.setsDueDate(body)) {
                refuse(response, DUE_DATE);
                return;
            }
            chain.doFilter(new BodyReadAgain(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"" + message + "\"}");
    }

    static boolean allowed(String method, String resource) {
        if (READS.contains(method)) {
            return true;
        }
        String call = method + " " + resource;
        return QUERY.matcher(call).matches() || REPAIR.matcher(call).matches();
    }

    /** The path inside the engine API with any "/engine/{name}" dropped, or null outside the engine API. */
    static String resource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PREFIXES) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                String rest = path.substring(prefix.length());
                return NAMED_ENGINE.matcher(rest).replaceFirst("");
            }
        }
        return null;
    }
}
