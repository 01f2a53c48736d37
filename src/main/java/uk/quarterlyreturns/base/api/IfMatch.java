package uk.quarterlyreturns.base.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A write over the API must name the read it was made on, so that a tool does not overwrite a colleague's change
 * unseen: a read carries an ETag (a hash of what it gave), and a write sends it back in If-Match. Without it the write
 * is refused with 428, with "*" or the tag of an earlier state with 412.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The state a read gave, as a strong entity tag: a hash of its JSON. */
    public static String etag(ObjectMapper json, Object shown) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(shown))) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The tag a write sent, refusing a write that sent none or "*".
     *
     * @param what      what is written, as "the cover report"
     * @param howToRead how to read it, as "GET the cover first"
     */
    public static String sent(String ifMatch, String what, String howToRead) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("Send " + what + "'s ETag in If-Match: " + howToRead + ", then"
                    + " PUT your change with the ETag that answer carried, so that nobody's edit is lost");
        }
        if (ifMatch.strip().equals("*")) {
            // HTTP lets "*" match anything; here it would be a blind overwrite, which If-Match is required to prevent
            throw new PreconditionFailedException("If-Match: * is not taken for " + what + ": " + howToRead
                    + ", then send the ETag that answer carried");
        }
        return ifMatch.strip();
    }

    /** Refuses a write made on an earlier state than the one there now. */
    public static void requireCurrent(String sent, String now, String what) {
        if (!sent.equals(now)) {
            throw new PreconditionFailedException(Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " was changed since you read it: read it again, then send your change on what it says now");
        }
    }
}
