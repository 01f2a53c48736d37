package uk.quarterlyreturns.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.TransferProgressListener;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import uk.quarterlyreturns.support.BesideTheSuite;

/**
 * The house rules of the code: features build on each other in one direction (see README's picture),
 * {@code base} knows no feature, screens live in {@code ui} packages, and no upload is read without a limit.
 */
@Execution(ExecutionMode.CONCURRENT) // pure code, no application: it runs beside the suite
@ResourceLock(BesideTheSuite.LOCK)
class FeatureBoundariesTest {

    private static final String ROOT = "uk.quarterlyreturns";

    /** From the bottom up: each may use those before it, never those after it. {@code demo} drives them all. */
    static final List<String> LAYERS = List.of("base", "framework", "people", "cycle", "returns", "chasing",
            "compliance", "report", "demo");

    private static JavaClasses code;

    @BeforeAll
    static void importCode() {
        code = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noFeaturePackagesDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(code);
    }

    @Test
    void eachFeatureUsesOnlyTheOnesBelowIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> ROOT + "." + l + "..")
                    .toArray(String[]::new);
            if (above.length > 0) {
                noClasses().that().resideInAPackage(ROOT + "." + LAYERS.get(i) + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .because(LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
                        .check(code);
            }
        }
    }

    @Test
    void everyPackageIsAKnownFeature() {
        classes().that().resideOutsideOfPackage(ROOT).should().resideInAnyPackage(
                LAYERS.stream().map(l -> ROOT + "." + l + "..").toArray(String[]::new)).check(code);
    }

    @Test
    void screensLiveInUiPackages() {
        classes().that().areAssignableTo(Component.class).should().resideInAPackage("..ui..").check(code);
    }

    /** Vaadin's in-memory upload reads all it is sent: every upload goes through BoundedUpload, which stops. */
    @Test
    void everyUploadIsReadNoFurtherThanItsLimit() {
        noClasses().should().callMethod(UploadHandler.class, "inMemory", InMemoryUploadCallback.class)
                .orShould().callMethod(UploadHandler.class, "inMemory", InMemoryUploadCallback.class,
                        TransferProgressListener.class)
                .because("a request whose body is the file has no other limit (BoundedUpload)").check(code);
    }
}
