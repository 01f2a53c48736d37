package uk.quarterlyreturns.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import uk.quarterlyreturns.base.mail.MailDeliveryProcess;
import uk.quarterlyreturns.base.process.GuardTaskCompletion;
import uk.quarterlyreturns.cycle.CycleProcess;
import uk.quarterlyreturns.returns.ReturnProcess;

/**
 * The BPMN files and the code agree: every bean an expression names exists under a {@code BEAN} constant,
 * every flow node id has its Java constant, and every element has its diagram shape (so the file opens
 * in Camunda Modeler as drawn).
 */
class ProcessModelsTest {

    private static final Pattern EXPRESSION_ROOT = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    /** Names an expression may start with that are not beans: the engine's execution and process variables. */
    private static final Set<String> NOT_BEANS = Set.copyOf(List.of("execution", ReturnProcess.VAR_DECISION,
            CycleProcess.VAR_DECISION));

    private static final Map<String, Class<?>> ID_CONSTANTS = Map.of(ReturnProcess.PROCESS_ID, ReturnProcess.class,
            CycleProcess.PROCESS_ID, CycleProcess.class, MailDeliveryProcess.PROCESS_ID, MailDeliveryProcess.class);

    @Test
    void everyBeanAnExpressionNamesIsAComponentWithItsNameAsAConstant() throws IOException {
        Map<String, Class<?>> beans = componentsByName();
        List<String> unknown = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Path file : bpmnFiles()) {
            Matcher m = EXPRESSION_ROOT.matcher(Files.readString(file));
            while (m.find()) {
                String name = m.group(1);
                if (NOT_BEANS.contains(name)) {
                    continue;
                }
                used.add(name);
                Class<?> type = beans.get(name);
                if (type == null) {
                    unknown.add(file.getFileName() + ": ${" + name + "...} names no bean");
                } else if (!name.equals(beanConstant(type))) {
                    unknown.add(file.getFileName() + ": " + type.getSimpleName() + " has no BEAN constant \""
                            + name + "\"");
                }
            }
        }
        assertThat(unknown).isEmpty();
        assertThat(used).contains("chasing", "cycleProgress", "cycles", "returnTasks", "mailSettings",
                "cycleSettings", "guardTaskCompletion", "sendChaseDelegate");
    }

    @Test
    void compileIssueAndPublishRetryOnTheirOwnCycleAndMailOnTheMailCycle() throws IOException {
        String cycle = Files.readString(Path.of("processes", CycleProcess.PROCESS_ID + ".bpmn"));
        assertThat(cycle).doesNotContain("mailSettings");
        assertThat(cycle.split(Pattern.quote("${cycleSettings.retryCycle}"), -1)).hasSize(4);
        assertThat(Files.readString(Path.of("processes", MailDeliveryProcess.PROCESS_ID + ".bpmn")))
                .contains("${mailSettings.retryCycle}");
    }

    /**
     * Every user task's completion passes the guard that refuses it unless the application completed it after its own
     * checks: so Tasklist or the engine REST cannot sign off a return or send a revised report back for approval
     * around them, were the engine API's gate ever opened.
     */
    @Test
    void everyUserTasksCompletionIsGuarded() throws IOException {
        List<String> unguarded = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = model(file);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                boolean guarded = task.getExtensionElements() != null && task.getExtensionElements()
                        .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                        .anyMatch(l -> "complete".equals(l.getCamundaEvent())
                                && ("${" + GuardTaskCompletion.BEAN + "}").equals(l.getCamundaDelegateExpression()));
                if (!guarded) {
                    unguarded.add(task.getId());
                }
            }
        }
        assertThat(unguarded).isEmpty();
    }

    @Test
    void everyFlowNodeHasAJavaConstantAndEveryElementItsDiagramShape() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = model(file);
            String processId = file.getFileName().toString().replace(".bpmn", "");
            Set<String> constants = constantValues(ID_CONSTANTS.get(processId));
            Set<String> shapes = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> shapes.add(e.getBpmnElement().getId()));
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!constants.contains(node.getId())) {
                    problems.add(processId + ": no constant for " + node.getId());
                }
                if (!shapes.contains(node.getId())) {
                    problems.add(processId + ": no shape for " + node.getId());
                }
                if (!node.getId().matches("[a-z][a-zA-Z]*")) {
                    problems.add(processId + ": id not camelCase: " + node.getId());
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!shapes.contains(flow.getId())) {
                    problems.add(processId + ": no edge for " + flow.getId());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static BpmnModelInstance model(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(list).hasSize(ID_CONSTANTS.size());
            return list;
        }
    }

    private static Map<String, Class<?>> componentsByName() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        Map<String, Class<?>> beans = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("uk.quarterlyreturns")) {
            try {
                beans.put(names.generateBeanName(candidate, registry), Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return beans;
    }

    private static String beanConstant(Class<?> type) {
        try {
            Field f = type.getDeclaredField("BEAN");
            f.setAccessible(true);
            return Modifier.isStatic(f.getModifiers()) ? (String) f.get(null) : null;
        } catch (NoSuchFieldException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> constantValues(Class<?> type) {
        Set<String> values = new HashSet<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
