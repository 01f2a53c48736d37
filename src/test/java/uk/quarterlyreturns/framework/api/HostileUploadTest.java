package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.api.MediaTypes;

/**
 * CSV files and values a careless or hostile sender might PUT: each is refused with a 400 naming where
 * the problem is, never a 500 or a stack trace, and leaves the year exactly as it was.
 */
class HostileUploadTest extends HostileUploads {

    private static final String CSV_HEADER = String.join(",", HEADER) + "\n";

    @Test
    void malformedCsvIsRefusedNamingTheLine() {
        String file = CSV_HEADER + csvRow("H-1") + "\"H-9,Unclosed quote,Corporate Services\n";
        assertRefused(putFramework(file), 0, null, "malformed at line 3");
    }

    @Test
    void formulasInTextCellsAreRefusedNamingRowAndColumn() {
        String file = CSV_HEADER + csvRow("H-1")
                + csvRow("H-3").replace("Hostile measure H-3", "\"=HYPERLINK(\"\"http://x\"\")\"")
                + csvRow("H-4").replace("Hostile measure H-4", "=cmd|' /C calc'!A0");
        ResponseEntity<String> response = putFramework(file);
        assertRefused(response, 3, "title", "must not start with =");
        assertRefused(response, 4, "title", "must not start with =");
    }

    @Test
    void latin1TextIsRefusedAsNotUtf8() {
        String file = CSV_HEADER + csvRow("H-5").replace("Hostile measure H-5", "Caf\u00e9 rents in \u00a3");
        assertRefused(perf.put(YEAR + "/framework", MediaTypes.CSV, file.getBytes(StandardCharsets.ISO_8859_1)),
                0, null, "not UTF-8");
    }

    @Test
    void tenThousandRowsWithTheLastBadAreRefusedNamingThatRow() {
        StringBuilder file = new StringBuilder(CSV_HEADER);
        for (int i = 1; i < 10_000; i++) {
            file.append(csvRow("B-" + i));
        }
        file.append(csvRow("B-10000").replace("HIGHER_IS_BETTER", "UPWARDS"));
        assertRefused(putFramework(file.toString()), 10_001, "polarity", "HIGHER_IS_BETTER");
    }

    @Test
    void overTenThousandRowsIsRefused() {
        StringBuilder file = new StringBuilder(CSV_HEADER);
        for (int i = 1; i <= 10_001; i++) {
            file.append(csvRow("R-" + i));
        }
        assertRefused(putFramework(file.toString()), 0, null, "more than 10,000 rows");
    }

    @Test
    void overFiveMegabytesIsRefused() {
        char[] padding = new char[5 * 1024 * 1024];
        Arrays.fill(padding, 'x');
        String file = CSV_HEADER + csvRow("H-6").replace("Hostile measure H-6", new String(padding));
        assertRefused(putFramework(file), 0, null, "the limit is 5 MB");
    }

    @Test
    void strangeNumbersAreRefusedEachNamedAndNothingIsStored() {
        ResponseEntity<String> response = perf.putCsv(YEAR + "/quarters/1/values", """
                code,value
                H-1,5
                H-2,1e309
                H-3,NaN
                H-4,"12,5"
                H-1,"1,000"
                """);
        assertRefused(response, 3, "value", "without an exponent");
        assertRefused(response, 4, "value", "Not a number");
        assertRefused(response, 5, "value", "Use a dot for decimals");
        assertRefused(response, 6, "value", "no thousands separators");
        assertRefused(response, 6, "code", "also on row 2");
    }

    @Test
    void minusZeroAndSpacedNumbersAreStoredAsPlainNumbers() throws Exception {
        assertThat(perf.putCsv(YEAR + "/quarters/2/values", "code,value\nH-1,-0\nH-2,  7 \n").getStatusCode()
                .value()).isEqualTo(200);
        JsonNode measures = json.readTree(perf.get(YEAR + "/quarters/2/measures").getBody());
        Map<String, String> values = new HashMap<>();
        measures.forEach(m -> values.put(m.get("code").asText(), m.get("value").asText()));
        assertThat(values).containsEntry("H-1", "0").containsEntry("H-2", "7");
    }

    private ResponseEntity<String> putFramework(String csv) {
        return perf.putCsv(YEAR + "/framework", csv);
    }
}
