package uk.quarterlyreturns.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * README.md and docs/ against the code where a check is cheap: the README's API table names exactly the calls
 * under /api that the controllers answer, and every link in the pages leads to a file of this repository.
 */
class DocumentationTest {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern CALL = Pattern.compile("([A-Z]+) (/api/\\S+)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");

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

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
