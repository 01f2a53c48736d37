package uk.quarterlyreturns.base.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The body of an engine API call that sets jobs' retries, which Camunda lets carry a due date too. */
final class RetriesBody {

    /** More than any list of jobs an operator retries at once; a longer body is refused unread. */
    static final int MOST = 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RetriesBody() {
    }

    /**
     * Whether a retries call's body names a due date, however it spells the name (Camunda reads JSON escapes too); a
     * body that is not a JSON object, or longer than any list of jobs, is refused the same way rather than guessed at.
     */
    static boolean setsDueDate(byte[] body) {
        if (body.length > MOST) {
            return true;
        }
        if (body.length == 0) {
            return false;
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || json.isMissingNode()) {
                return false;
            }
            if (!json.isObject()) {
                return true;
            }
            for (var names = json.fieldNames(); names.hasNext(); ) {
                if (names.next().equalsIgnoreCase("dueDate")) {
                    return true;
                }
            }
            return false;
        } catch (IOException notJson) {
            return true;
        }
    }
}
