package uk.quarterlyreturns.returns;

import java.util.List;

/**
 * Published inside the transaction of a challenge or of its answer, for the mail that tells the other side.
 *
 * @param entry    the challenge or the answer as the return's trail keeps it (who, which item, the words)
 * @param answered for an answer, the challenges on that item it answers, oldest first; empty for a challenge
 */
public record ChallengeEvent(ReturnTrail.Event entry, List<ReturnTrail.Event> answered) {

    public ChallengeEvent {
        answered = List.copyOf(answered);
    }

    public boolean isAnswer() {
        return Challenges.ANSWER.equals(entry.kind());
    }
}
