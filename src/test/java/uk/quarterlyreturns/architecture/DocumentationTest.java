package uk.quarterlyreturns.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.QuarterlySettings;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.ui.StartPages;

/**
 * README.md and docs/ against the code where a check is cheap: the README's demo users are the ones the demo
 * loads, with their roles, services and start pages; its API table names exactly the calls under /api that the
 * controllers answer; its configuration table names settings the application reads, with their defaults; and
 * every link in the pages leads to a file of this repository.
 */
class DocumentationTest {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern CALL = Pattern.compile("([A-Z]+) (/api/\\S+)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");

    private static final Pattern SERVICE_NAME = Pattern.compile("`([a-z]+)` \\(([^)]+)\\)");

    @Test
    void theReadmesDemoUsersAreTheOnesTheDemoLoads() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> section = lines.subList(lines.indexOf("## Demo users (password `demo`)") + 1, lines.size());
        section = section.subList(0, section.indexOf("## What each role can do"));
        Map<String, String> services = new LinkedHashMap<>();
        Matcher named = SERVICE_NAME.matcher(String.join(" ", section).split("names:", 2)[1].split("\\. The demo")[0]);
        while (named.find()) {
            services.put(named.group(1), named.group(2).replaceAll("\\s+", " "));
        }
        Map<String, String> startPages = menuTitles();
        Set<String> documented = new TreeSet<>();
        for (String row : section) {
            if (!row.startsWith("| `")) {
                continue;
            }
            String[] cells = Arrays.stream(row.substring(1, row.lastIndexOf('|')).split("\\|")).map(String::trim)
                    .toArray(String[]::new);
            Role role = Arrays.stream(Role.values()).filter(r -> cells[1].startsWith(r.label())).findFirst()
                    .orElseThrow(() -> new AssertionError("No role called " + cells[1]));
            assertThat(startPages.get(cells[2])).as(cells[1] + " starts at " + cells[2])
                    .isEqualTo(StartPages.forRole(role));
            Matcher user = CODE_SPAN.matcher(cells[0]);
            while (user.find()) {
                String name = user.group(1);
                if (name.endsWith(".<service>")) {
                    services.forEach((key, service) -> documented.add(
                            name.replace("<service>", key) + " " + role + " " + service));
                } else {
                    documented.add(name + " " + role + " ");
                }
            }
        }
        assertThat(documented).as("README.md's demo users, as username role service")
                .isEqualTo(demoUsers());
    }

    private static final Pattern YML_SETTING = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");

    @Test
    void theReadmesSettingsAreReadByTheApplicationWithTheDefaultsItStates() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        settings(QuarterlySettings.class, "QUARTERLY", defaults);
        for (String yml : List.of("application.yml", "application-prod.yml")) {
            Matcher m = YML_SETTING.matcher(Files.readString(Path.of("src/main/resources", yml)));
            while (m.find()) {
                defaults.put(m.group(1), m.group(2));
            }
        }
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        for (String row : lines.subList(lines.indexOf("## Configuration") + 1, lines.indexOf("## Dates and times"))) {
            if (!row.startsWith("| `")) {
                continue;
            }
            String[] cells = row.replace("\\|", "\u0000").split("\\|");
            List<String> names = new ArrayList<>();
            for (String name : spans(cells[1])) {
                if (name.startsWith("_") && !names.isEmpty()) {
                    String before = names.get(names.size() - 1);
                    names.add(before.substring(0, before.lastIndexOf('_')) + name);
                } else if (name.matches("[A-Z][A-Z0-9_]*")) {
                    names.add(name);
                }
            }
            List<String> stated = spans(cells[2]).stream().map(d -> d.replace('\u0000', '|')).toList();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name.startsWith("SPRING_")) {
                    continue; // Spring Boot's own
                }
                if (!defaults.containsKey(name)) {
                    wrong.add(name + " is read nowhere");
                } else if (!defaults.get(name).isEmpty() && stated.size() >= names.size()
                        && !stated.get(i).equals(defaults.get(name))) {
                    wrong.add(name + " defaults to " + defaults.get(name) + ", not " + stated.get(i));
                }
            }
        }
        assertThat(wrong).as("settings in README.md's configuration table").isEmpty();
    }

    @Test
    void theReadmesApiTableListsExactlyTheCallsTheApplicationAnswers() throws IOException {
        assertThat(readmeCalls()).as("calls in README.md's API table").isEqualTo(controllerCalls());
    }

    @Test
    void everyLinkInTheReadmeAndDocsLeadsToAFileOfTheRepository() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (link.find()) {
                String target = link.group(1).split("#", 2)[0];
                if (target.contains("://") || target.startsWith("mailto:")) {
                    wrong.add(page + ": " + link.group(1) + " leads outside the repository");
                } else if (!target.isEmpty() && !Files.exists(page.resolveSibling(target))) {
                    wrong.add(page + ": " + link.group(1) + " is no file");
                }
            }
        }
        assertThat(wrong).as("links in README.md and docs/").isEmpty();
    }

    /**
     * "METHOD path" for each call in the first column of the table under "## API", with the example years and
     * quarters as {year} and {quarter}; "`GET`, `PUT /api/...`" is both methods on one path, and
     * "report[.pdf,.xlsx][?version=N]" the path with each ending.
     */
    private static Set<String> readmeCalls() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        Set<String> calls = new TreeSet<>();
        for (String line : lines.subList(lines.indexOf("## API") + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String first = line.substring(1, line.indexOf('|', 1));
            List<String> methods = new ArrayList<>();
            Matcher span = CODE_SPAN.matcher(first);
            while (span.find()) {
                String text = span.group(1).trim();
                Matcher call = CALL.matcher(text);
                if (text.matches("[A-Z]+")) {
                    methods.add(text);
                } else if (call.matches()) {
                    methods.add(call.group(1));
                    for (String path : paths(call.group(2))) {
                        methods.forEach(m -> calls.add(m + " " + path));
                    }
                    methods.clear();
                }
            }
        }
        return calls;
    }

    private static List<String> paths(String written) {
        String path = written.replaceAll("\\[\\?[^]]*]", "").replaceAll("\\?.*", "")
                .replaceAll("/years/\\d{4}-\\d{2}", "/years/{year}").replaceAll("/quarters/\\d", "/quarters/{quarter}");
        Matcher endings = Pattern.compile("\\[([^]]*)]").matcher(path);
        if (!endings.find()) {
            return List.of(path);
        }
        String before = path.substring(0, endings.start());
        String after = path.substring(endings.end());
        List<String> all = new ArrayList<>(List.of(before + after));
        for (String ending : endings.group(1).split(",")) {
            all.add(before + ending.trim() + after);
        }
        return all;
    }

    /** "METHOD path" for every handler method of our REST controllers whose path is under /api. */
    private static Set<String> controllerCalls() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> calls = new TreeSet<>();
        for (BeanDefinition found : scanner.findCandidateComponents("uk.quarterlyreturns")) {
            Class<?> controller = load(found.getBeanClassName());
            RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            String prefix = onClass == null || onClass.path().length == 0 ? "" : onClass.path()[0];
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
                for (String path : paths) {
                    for (var httpMethod : mapping.method()) {
                        if ((prefix + path).startsWith("/api/")) {
                            calls.add(httpMethod.name() + " " + prefix + path);
                        }
                    }
                }
            }
        }
        assertThat(calls).as("the application's calls under /api").isNotEmpty();
        return calls;
    }

    /** The environment variable of each quarterly.* setting, with its default ("" when none). */
    private static void settings(Class<?> record, String prefix, Map<String, String> defaults) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] parameters = canonical(record, components).getParameters(); // where @DefaultValue is kept
        for (int i = 0; i < components.length; i++) {
            String name = prefix + "_" + components[i].getName().replaceAll("([A-Z])", "_$1").toUpperCase();
            if (components[i].getType().isRecord()) {
                settings(components[i].getType(), name, defaults);
            } else {
                DefaultValue given = parameters[i].getAnnotation(DefaultValue.class);
                defaults.put(name, given == null ? "" : String.join(",", given.value()));
            }
        }
    }

    private static Constructor<?> canonical(Class<?> record, RecordComponent[] components) {
        try {
            return record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> spans(String text) {
        List<String> found = new ArrayList<>();
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            found.add(span.group(1));
        }
        return found;
    }

    /** "username ROLE service" for each user of the demo's people file. */
    private static Set<String> demoUsers() throws IOException {
        Set<String> users = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/demo/people.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                users.add(r.get("username") + " " + r.get("role") + " " + r.get("service"));
            }
        }
        return users;
    }

    /** Each menu entry's title, with its view's route: where the README's "starts at" sends a role. */
    private static Map<String, String> menuTitles() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        Map<String, String> titles = new LinkedHashMap<>();
        for (BeanDefinition found : scanner.findCandidateComponents("uk.quarterlyreturns")) {
            Class<?> view = load(found.getBeanClassName());
            titles.put(view.getAnnotation(Menu.class).title(), view.getAnnotation(Route.class).value());
        }
        return titles;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
