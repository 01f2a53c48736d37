package uk.quarterlyreturns.framework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import uk.quarterlyreturns.base.tabular.ImportError;
import uk.quarterlyreturns.base.tabular.ImportRejectedException;
import uk.quarterlyreturns.framework.FrameworkImport;
import uk.quarterlyreturns.framework.KeyActionRepository;
import uk.quarterlyreturns.framework.MeasureRepository;
import uk.quarterlyreturns.framework.YearRepository;
import uk.quarterlyreturns.support.AcceptedReturn;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ApplicationTest;
import uk.quarterlyreturns.support.TwoServiceFramework;

/**
 * A key action may not take the code of one of the year's measures, nor a measure a key action's, in any letters:
 * the quality check and the return's history know an item by its code alone and would read the two as one. Refused
 * on the code, naming the item that has it, by a file on the screen and through the API; nothing changes. Years
 * 7623-24 and 7624-25.
 */
class CodeOfTheOtherKindTest extends ApplicationTest {

    private static final String ACTIONS = "code,title,directorate,service,theme\n";
    private static final String FRAMEWORK = TwoServiceFramework.HEADER;
    private static final String PLACE = ",Economy and Infrastructure,Housing,Ambitious";

    @Autowired FrameworkImport imports;
    @Autowired MeasureRepository measures;
    @Autowired KeyActionRepository actions;
    @Autowired YearRepository years;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKeyActionTakingAMeasuresCodeIsRefused() throws Exception {
        String year = "7623-24";
        imports.importMeasures(year, AcceptedReturn.csv(FRAMEWORK + measureRow("H-1", "Repairs completed on time")));
        String file = ACTIONS + "KA-1,Open the depot" + PLACE + "\nh-1,Repairs plan" + PLACE + "\n";

        ImportError refused = refusal(() -> imports.importKeyActions(year, AcceptedReturn.csv(file)));
        assertThat(refused.describe()).isEqualTo("Row 3, code: The 7623/24 framework already has the measure H-1"
                + " Repairs completed on time: give the key action a code of its own");
        assertThat(apiRefusal(year, "/actions", file)).isEqualTo(refused.describe());

        assertThat(actions.forYear(years.find(year).orElseThrow().id())).as("nothing saved").isEmpty();
    }

    @Test
    void aMeasureTakingAKeyActionsCodeIsRefused() throws Exception {
        String year = "7624-25";
        imports.importKeyActions(year, AcceptedReturn.csv(ACTIONS + "ERC009,Engage with businesses" + PLACE + "\n"));
        String file = FRAMEWORK + measureRow("H-1", "Repairs completed on time")
                + measureRow("erc009", "Businesses engaged");

        ImportError refused = refusal(() -> imports.importMeasures(year, AcceptedReturn.csv(file)));
        assertThat(refused.describe()).isEqualTo("Row 3, code: The 7624/25 framework already has the key action"
                + " ERC009 Engage with businesses: give the measure a code of its own");
        assertThat(apiRefusal(year, "/framework", file)).isEqualTo(refused.describe());

        assertThat(measures.forYear(years.find(year).orElseThrow().id())).as("nothing saved").isEmpty();
    }

    private static String measureRow(String code, String title) {
        return code + "," + title + PLACE + ",%,HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,50,,,NONE\n";
    }

    private static ImportError refusal(Runnable importing) {
        ImportRejectedException refused = catchThrowableOfType(ImportRejectedException.class, importing::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.errors()).hasSize(1);
        return refused.errors().get(0);
    }

    /** The API's one error for the file, in the words {@link ImportError#describe} gives. */
    private String apiRefusal(String year, String path, String csv) throws Exception {
        ResponseEntity<String> refused = new Api(url(""), "perf", "demo").putCsv("/api/years/" + year + path, csv);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        JsonNode error = json.readTree(refused.getBody()).get("errors").get(0);
        return new ImportError(error.get("row").asInt(), error.get("column").asText(), error.get("message").asText())
                .describe();
    }
}
