package uk.quarterlyreturns.framework.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.base.tabular.TabularFile;

/** Small files for the importer tests. */
final class ImportFiles {

    private ImportFiles() {
    }

    static TabularFile csv(String... lines) {
        return TabularFile.read((String.join("\n", lines) + "\n").getBytes(UTF_8), "test.csv");
    }

    /** The errors of a rejected import; fails the test if the import was not rejected. */
    static List<ImportError> rejection(ThrowingCallable importing) {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, importing);
        assertThat(rejected).as("the import is rejected").isNotNull();
        return rejected.errors();
    }

    static <T> List<ImportError> rejection(Function<TabularFile, List<T>> parser, String... lines) {
        TabularFile file = csv(lines);
        return rejection(() -> parser.apply(file));
    }
}
