package uk.quarterlyreturns.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/rag.md's example table, row by row, against the RAG engine: the page and the code say the same. */
class RagDocumentationTest {

    private final RagEngine engine = new RagEngine();

    @Test
    void everyExampleInTheDocumentationIsWhatTheEngineGives() throws IOException {
        List<String[]> rows = exampleRows();
        assertThat(rows).as("the examples in docs/rag.md").hasSizeGreaterThanOrEqualTo(10);
        List<String> wrong = new ArrayList<>();
        for (String[] r : rows) {
            MeasureRule.Builder rule = MeasureRule.builder(Polarity.valueOf(r[1])).target(new BigDecimal(r[2]))
                    .scheme(RagScheme.valueOf(r[0]));
            if (!r[3].isEmpty()) {
                rule.floor(new BigDecimal(r[3]));
            }
            if (!r[4].isEmpty()) {
                rule.tolerancePct(new BigDecimal(r[4]));
            }
            BandEdges edges = r[5].isEmpty() ? BandEdges.DEFAULT : BandEdges.parse(r[5]);
            Rag rag = engine.rag(rule.build(), 2, new BigDecimal(r[6]), true, edges);
            if (rag != Rag.valueOf(r[7])) {
                wrong.add(String.join(" | ", r) + " gives " + rag);
            }
        }
        assertThat(wrong).as("rows of docs/rag.md the engine disagrees with").isEmpty();
    }

    /** The rows of the table under "## Examples", cells trimmed. */
    private static List<String[]> exampleRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs", "rag.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Examples");
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(String::trim).toArray(String[]::new);
            if (cells[0].equals("scheme") || cells[0].startsWith("---")) {
                inTable = true;
                continue;
            }
            if (inTable) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
