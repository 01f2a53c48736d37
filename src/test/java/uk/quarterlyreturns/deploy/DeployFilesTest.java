package uk.quarterlyreturns.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.Yaml;
import uk.quarterlyreturns.base.QuarterlySettings;

/**
 * The container, compose, Kubernetes and systemd files cannot be run here, so this checks that they name
 * what the build and the application really have: the jar from the pom's artifactId and version, the port
 * and health paths from application.yml, and only settings the application reads; and that deploy/README.md
 * documents every setting the application reads.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Set<String> PROBE_PATHS = Set.of("/actuator/health/liveness", "/actuator/health/readiness");
    /** Read by the JVM, the container or the start command rather than by Spring. */
    private static final Set<String> OUTSIDE_SPRING = Set.of("JAVA_OPTS", "TZ");
    /** Spring Boot's own properties this application relies on, in their environment form. */
    private static final Set<String> SPRING_SETTINGS = Set.of("SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT",
            "SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD", "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE");

    private final Map<String, Object> applicationYml = yaml(Path.of("src/main/resources/application.yml")).get(0);

    @Test
    void theImageAndTheServiceRunTheJarTheBuildMakes() throws Exception {
        String jar = jarName();
        String dockerfile = read(DEPLOY.resolve("Dockerfile"));
        List<String> stages = dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(stages).as("multi-stage").hasSize(2);
        assertThat(stages.get(0)).contains("-jdk").endsWith(" AS build");
        assertThat(stages.get(1)).as("JRE only at run time").contains("-jre").doesNotContain("jdk");
        assertThat(dockerfile).contains("COPY --from=build /src/target/" + jar + " /app/quarterly-returns.jar")
                .contains("-jar /app/quarterly-returns.jar").contains("-Pproduction");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).doesNotStartWith("0").isNotEqualTo("root");
        assertThat(dockerfile.indexOf("USER ")).as("USER before the entrypoint")
                .isLessThan(dockerfile.indexOf("ENTRYPOINT"));

        String unit = read(DEPLOY.resolve("systemd/quarterly-returns.service"));
        assertThat(unit).contains("ExecStart=/usr/bin/java $JAVA_OPTS -jar /opt/quarterly-returns/quarterly-returns.jar")
                .contains("EnvironmentFile=/etc/quarterly-returns/quarterly-returns.env").contains("User=quarterly");
        String readme = read(DEPLOY.resolve("README.md"));
        assertThat(readme).as("the install step copies the jar the build makes to where the unit runs it")
                .contains("target/" + jar + " /opt/quarterly-returns/quarterly-returns.jar")
                .contains("deploy/systemd/quarterly-returns.env /etc/quarterly-returns/quarterly-returns.env");

        String version = jar.substring("quarterly-returns-".length(), jar.length() - ".jar".length());
        assertThat(service(compose(), "app").get("image")).isEqualTo("quarterly-returns:" + version);
        assertThat(container().get("image").toString()).endsWith("/quarterly-returns:" + version);
    }

    /** A server's build is the jar alone: the suite (browser journeys and all) is CI's, not every installation's. */
    @Test
    void everyProductionBuildSkipsTheTests() {
        List<String> builds = new ArrayList<>();
        for (Path file : List.of(Path.of("README.md"), DEPLOY.resolve("README.md"), DEPLOY.resolve("Dockerfile"),
                Path.of(".ci/run"))) {
            Pattern.compile("\\./mvnw[^`\\n]*-Pproduction[^`\\n]*").matcher(read(file)).results()
                    .forEach(m -> builds.add(file + ": " + m.group()));
        }
        assertThat(builds).as("production builds").hasSizeGreaterThanOrEqualTo(4)
                .allMatch(build -> build.contains(" -DskipTests "));
    }

    @Test
    void everyRecipeListensOnTheApplicationsPortAndProbesItsHealthPaths() {
        String port = defaultOf(nested(applicationYml, "server", "port"));
        assertThat(port).isEqualTo("8080");
        assertThat(nested(applicationYml, "management", "endpoint", "health", "probes", "enabled")).isEqualTo(true);
        assertThat(nested(applicationYml, "management", "endpoints", "web", "exposure", "include").toString())
                .contains("health");

        String dockerfile = read(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE " + port).contains("PORT=" + port)
                .contains("/actuator/health/readiness");
        assertThat(envFile()).containsEntry("PORT", port);

        Map<String, Object> app = service(compose(), "app");
        assertThat(String.valueOf(app.get("ports"))).isEqualTo("[127.0.0.1:" + port + ":" + port + "]");
        assertThat(composeEnvironment()).containsEntry("PORT", port);
        assertThat(app.get("healthcheck").toString()).contains("/" + port).contains("/actuator/health/readiness");

        Map<String, Object> container = container();
        List<Map<String, Object>> ports = list(container.get("ports"));
        assertThat(ports).hasSize(1);
        assertThat(ports.get(0).get("containerPort")).isEqualTo(Integer.parseInt(port));
        String portName = (String) ports.get(0).get("name");
        assertThat(kubernetesEnvironment()).containsEntry("PORT", port);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
            assertThat(get.get("path")).as(probe).isIn(PROBE_PATHS);
            assertThat(get.get("port")).as(probe).isEqualTo(portName);
        }
        assertThat(nested(map(container.get("readinessProbe")), "httpGet", "path"))
                .isEqualTo("/actuator/health/readiness");

        Map<String, Object> service = kind("Service");
        Map<String, Object> servicePort = list(nested(service, "spec", "ports")).get(0);
        assertThat(servicePort.get("targetPort")).isEqualTo(portName);
        assertThat(nested(service, "spec", "selector"))
                .isEqualTo(nested(kind("Deployment"), "spec", "template", "metadata", "labels"));
        Map<String, Object> backend = map(nested(list(nested(list(nested(kind("Ingress"), "spec", "rules")).get(0),
                "http", "paths")).get(0), "backend", "service"));
        assertThat(backend.get("name")).isEqualTo(nested(service, "metadata", "name"));
        assertThat(nested(backend, "port", "name")).isEqualTo(servicePort.get("name"));
    }

    /**
     * In a bounded heap a large report's print spent more than half its time in G1's pauses, under a third in the parallel
     * collector's (README): every recipe gives the server the parallel collector, and the benchmark measures with it.
     */
    @Test
    void everyRecipeRunsTheCollectorTheBenchmarkMeasures() throws Exception {
        String collector = "-XX:+UseParallelGC";
        Matcher image = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(read(DEPLOY.resolve("Dockerfile")));
        assertThat(image.find()).as("the image sets JAVA_OPTS").isTrue();
        assertThat(image.group(1)).as("image").contains(collector);
        assertThat(envFile().get("JAVA_OPTS")).as("systemd").contains(collector);
        assertThat(kubernetesEnvironment().get("JAVA_OPTS")).as("Kubernetes").contains(collector);
        assertThat(benchmarkArgLine()).as("the benchmark's JVM").contains(collector);
    }

    @Test
    void theIngressLetsThroughTheLargestUploadTheApplicationTakes() {
        // An ingress stopping a request first answers 413 with a page of its own, not the application's message.
        String servletLimit = (String) nested(applicationYml, "spring", "servlet", "multipart", "max-request-size");
        String ingressLimit = (String) map(nested(kind("Ingress"), "metadata", "annotations"))
                .get("nginx.ingress.kubernetes.io/proxy-body-size");
        assertThat(megabytes(ingressLimit)).as("the ingress's body size against the servlet's " + servletLimit)
                .isGreaterThanOrEqualTo(megabytes(servletLimit));
    }

    private static int megabytes(String size) {
        return Integer.parseInt(size.toLowerCase().replaceAll("mb?$", ""));
    }

    /**
     * Behind their HTTPS proxy (the ingress's pods, the host's proxy through Docker's gateway) the recipes believe
     * its X-Forwarded-* headers, which the default (loopback only) would not: sign-in with council accounts, redirects,
     * same-origin checks and the per-address limits read them. Nobody else is believed, and the compose node is not
     * published to the network past its proxy.
     */
    @Test
    void theContainerRecipesBelieveTheirProxyAndNobodyElse() {
        Pattern kubernetes = Pattern.compile(kubernetesEnvironment().get("QUARTERLY_TRUSTED_PROXIES"));
        assertThat(kubernetes.matcher("10.244.1.7").matches()).as("an ingress pod (flannel)").isTrue();
        assertThat(kubernetes.matcher("192.168.34.2").matches()).as("an ingress pod (calico)").isTrue();
        Pattern compose = Pattern.compile(defaultOf(composeEnvironment().get("QUARTERLY_TRUSTED_PROXIES")));
        assertThat(compose.matcher("172.18.0.1").matches()).as("a compose network's gateway").isTrue();
        for (Pattern trusted : List.of(kubernetes, compose)) {
            assertThat(Stream.of("203.0.113.9", "8.8.8.8", "172.32.0.1", "110.1.2.3"))
                    .as("public addresses").noneMatch(a -> trusted.matcher(a).matches());
        }
        assertThat(compose.matcher("192.168.1.20").matches()).as("a desktop on the council's network").isFalse();
        assertThat((List<?>) service(compose(), "app").get("ports")).map(String::valueOf)
                .allMatch(p -> p.startsWith("127.0.0.1:"));
    }

    @Test
    void theClusterRecipesRunTwoStickyNodesAsNonRoot() {
        Map<String, Object> deployment = kind("Deployment");
        assertThat(nested(deployment, "spec", "replicas")).isEqualTo(2);
        assertThat(nested(deployment, "spec", "strategy")).as("every old pod stops before a new version migrates the"
                + " database (deploy/README.md, Upgrading)").isEqualTo(Map.of("type", "Recreate"));
        assertThat(nested(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot")).isEqualTo(true);
        Map<String, Object> annotations = map(nested(kind("Ingress"), "metadata", "annotations"));
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(nested(kind("Service"), "spec", "sessionAffinity")).isEqualTo("ClientIP");

        String secretName = (String) nested(kind("Secret"), "metadata", "name");
        List<Map<String, Object>> envFrom = list(container().get("envFrom"));
        assertThat(envFrom).filteredOn(e -> e.containsKey("secretRef")).extracting(e -> nested(e, "secretRef", "name"))
                .containsExactly(secretName);
        assertThat(map(kind("Secret").get("stringData")).keySet()).contains("SPRING_DATASOURCE_PASSWORD")
                .allMatch(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("SPRING_MAIL_")
                        || k.startsWith("QUARTERLY_FIRST_ADMIN_"));
        assertThat(kubernetesEnvironment()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(composeEnvironment()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(envFile()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        assertThat(Path.of("src/main/resources/application-prod.yml")).exists();
    }

    /**
     * A server does not start on an empty database without its first administrator: each recipe passes the
     * QUARTERLY_FIRST_ADMIN_* settings through and its example shows them (commented out, for the first start only),
     * and compose reads from deploy/.env nothing its example does not show.
     */
    @Test
    void everyRecipeCanNameTheFirstAdministrator() {
        List<String> first = Stream.of("USERNAME", "EMAIL", "PASSWORD").map(s -> "QUARTERLY_FIRST_ADMIN_" + s).toList();
        assertThat(composeEnvironment()).as("compose.yaml").containsKeys(first.toArray(String[]::new));
        Matcher blank = Pattern.compile("\\$\\{([A-Z_]+):-}").matcher("");
        first.forEach(name -> assertThat(blank.reset(composeEnvironment().get(name)).matches())
                .as(name + " blank when deploy/.env has none").isTrue());
        Set<String> fromDotEnv = new TreeSet<>();
        Pattern.compile("\\$\\{([A-Z_]+)").matcher(read(DEPLOY.resolve("compose.yaml"))).results()
                .forEach(m -> fromDotEnv.add(m.group(1)));
        assertThat(setOrCommentedOut("compose.env.example")).as("compose.env.example").containsAll(fromDotEnv);
        assertThat(setOrCommentedOut("systemd/quarterly-returns.env")).as("systemd").containsAll(first);
        assertThat(setOrCommentedOut("kubernetes/secret.yaml")).as("the Secret").containsAll(first);
    }

    /**
     * The council's own address, name, mail server and sender are blank in every recipe (required by compose), so
     * that a council that has not filled them in is refused at the start, never live as the example council with
     * links to its address; the Ingress's host is a placeholder the cluster refuses; and the Kubernetes steps name
     * each value to fill in.
     */
    @Test
    void theCouncilsOwnValuesAreBlankUntilItFillsThemIn() {
        List<String> own = List.of("QUARTERLY_BASE_URL", "QUARTERLY_ORGANISATION", "SPRING_MAIL_HOST",
                "QUARTERLY_MAIL_FROM");
        Map<String, String> dotEnv = envFile("compose.env.example");
        for (String name : own) {
            assertThat(kubernetesEnvironment()).as("Kubernetes").containsEntry(name, "");
            assertThat(envFile()).as("systemd").containsEntry(name, "");
            String fromDotEnv = composeEnvironment().get(name);
            assertThat(fromDotEnv).as("compose").matches("\\$\\{[A-Z_]+:\\?set [A-Z_]+ in deploy/\\.env}");
            assertThat(dotEnv).as("compose.env.example")
                    .containsEntry(fromDotEnv.substring(2, fromDotEnv.indexOf(':')), "");
        }
        List<String> hosts = new ArrayList<>();
        Map<String, Object> ingress = map(kind("Ingress").get("spec"));
        list(ingress.get("tls")).forEach(tls -> ((List<?>) tls.get("hosts")).forEach(h -> hosts.add(h.toString())));
        list(ingress.get("rules")).forEach(rule -> hosts.add(rule.get("host").toString()));
        assertThat(hosts).hasSize(2).allSatisfy(host -> assertThat(host).as("a host the cluster refuses")
                .doesNotMatch("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"));
        List<String> values = new ArrayList<>(hosts);
        List.of(kubernetesEnvironment(), envFile(), composeEnvironment(), dotEnv)
                .forEach(env -> values.addAll(env.values()));
        assertThat(values).as("the example council's name or address")
                .noneMatch(v -> v.toLowerCase().contains("example"));

        String readme = read(DEPLOY.resolve("README.md"));
        String kubernetes = readme.substring(readme.indexOf("For Kubernetes"), readme.indexOf("Both recipes"));
        assertThat(kubernetes).contains("`kubernetes/configmap.yaml`", "`kubernetes/ingress.yaml`",
                "`kubernetes/secret.yaml`", "`" + hosts.get(0) + "`");
        own.forEach(name -> assertThat(kubernetes).contains("`" + name + "`"));
    }

    /** The names a settings file sets (NAME=, or NAME: in YAML), with those it shows commented out. */
    private static Set<String> setOrCommentedOut(String file) {
        Set<String> names = new TreeSet<>();
        Pattern.compile("(?m)^\\s*#?\\s*([A-Z][A-Z0-9_]*)\\s*[=:]").matcher(read(DEPLOY.resolve(file))).results()
                .forEach(m -> names.add(m.group(1)));
        return names;
    }

    @Test
    void theRecipesSetOnlySettingsTheApplicationReadsAndTheReadmeDocumentsThemAll() {
        Set<String> read = settingsTheApplicationReads();
        assertThat(read).as("found by scanning the sources").contains("QUARTERLY_BASE_URL", "QUARTERLY_ORGANISATION",
                "QUARTERLY_CYCLE_AUTO_OPEN_DAYS", "PORT");
        Set<String> known = new TreeSet<>(read);
        known.addAll(SPRING_SETTINGS);
        known.addAll(OUTSIDE_SPRING);
        Set<String> set = new TreeSet<>(envFile().keySet());
        set.addAll(composeEnvironment().keySet());
        set.addAll(kubernetesEnvironment().keySet());
        set.addAll(map(kind("Secret").get("stringData")).keySet());
        assertThat(set).as("settings in the deploy files").isNotEmpty();
        assertThat(new TreeSet<>(set)).as("settings the application does not read").isSubsetOf(known);

        String readme = read(DEPLOY.resolve("README.md"));
        List<String> undocumented = known.stream().filter(name -> !readme.contains("`" + name + "`")).toList();
        assertThat(undocumented).as("settings missing from deploy/README.md").isEmpty();
    }

    /** ${NAME placeholders in application*.yml, and the environment form of every @Value property. */
    private static Set<String> settingsTheApplicationReads() {
        Set<String> names = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)");
        Pattern value = Pattern.compile("@Value\\(\"\\$\\{(quarterly\\.[a-z0-9.-]+)");
        for (Path yml : List.of(Path.of("src/main/resources/application.yml"),
                Path.of("src/main/resources/application-prod.yml"))) {
            placeholder.matcher(read(yml)).results().forEach(m -> names.add(m.group(1)));
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).map(DeployFilesTest::read)
                    .forEach(text -> value.matcher(text).results()
                            .forEach(m -> names.add(m.group(1).replace('.', '_').replace('-', '_').toUpperCase())));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        addTypedSettings("QUARTERLY", QuarterlySettings.class, names);
        return names;
    }

    /** The typed settings' properties in their environment form: quarterly.cycle.autoOpenDays is QUARTERLY_CYCLE_AUTO_OPEN_DAYS. */
    private static void addTypedSettings(String prefix, Class<?> settings, Set<String> names) {
        for (RecordComponent c : settings.getRecordComponents()) {
            String name = prefix + "_" + c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase();
            if (c.getType().isRecord()) {
                addTypedSettings(name, c.getType(), names);
            } else {
                names.add(name);
            }
        }
    }

    private static String jarName() throws Exception {
        Element project = pom();
        return child(project, "artifactId") + "-" + child(project, "version") + ".jar";
    }

    private static String benchmarkArgLine() throws Exception {
        org.w3c.dom.NodeList executions = pom().getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (child(execution, "id").equals("benchmark")) {
                return child((Element) execution.getElementsByTagName("configuration").item(0), "argLine");
            }
        }
        throw new AssertionError("pom.xml has no benchmark execution");
    }

    private static Element pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
    }

    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError("pom.xml has no " + name);
    }

    private static Map<String, String> envFile() {
        return envFile("systemd/quarterly-returns.env");
    }

    /** NAME=value lines, commented ones left out. */
    private static Map<String, String> envFile(String file) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        read(DEPLOY.resolve(file)).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> env.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return env;
    }

    private static Map<String, Object> compose() {
        return yaml(DEPLOY.resolve("compose.yaml")).get(0);
    }

    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return map(map(compose.get("services")).get(name));
    }

    private static Map<String, String> composeEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        map(service(compose(), "app").get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    private static Map<String, Object> kind(String kind) {
        List<Map<String, Object>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted()
                    .forEach(p -> yaml(p).stream().filter(d -> kind.equals(d.get("kind"))).forEach(found::add));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(found).as("one " + kind + " in deploy/kubernetes").hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> container() {
        List<Map<String, Object>> containers = list(nested(kind("Deployment"), "spec", "template", "spec",
                "containers"));
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The ConfigMap's values and the Deployment's own, which would silently outrank a ConfigMap value of one name. */
    private static Map<String, String> kubernetesEnvironment() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        map(kind("ConfigMap").get("data")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        assertThat(list(container().get("envFrom"))).filteredOn(e -> e.containsKey("configMapRef"))
                .extracting(e -> nested(e, "configMapRef", "name"))
                .containsExactly(nested(kind("ConfigMap"), "metadata", "name"));
        list(container().get("env")).forEach(e -> assertThat(env.put((String) e.get("name"),
                String.valueOf(e.get("value")))).as(e.get("name") + " in the ConfigMap and the Deployment").isNull());
        return env;
    }

    /** "${PORT:8080}" gives 8080, as does compose's "${PORT:-8080}". */
    private static String defaultOf(Object placeholder) {
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:-?([^}]*)}").matcher(String.valueOf(placeholder));
        assertThat(m.matches()).as(String.valueOf(placeholder)).isTrue();
        return m.group(1);
    }

    private static Object nested(Map<String, Object> root, String... keys) {
        Object at = root;
        for (String key : keys) {
            assertThat(at).as("looking for " + key).isInstanceOf(Map.class);
            at = map(at).get(key);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Yaml().loadAll(read(file)).forEach(d -> {
            if (d != null) {
                docs.add((Map<String, Object>) d);
            }
        });
        return docs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
