package uk.quarterlyreturns.people;

import java.util.List;

/**
 * The steps of a service's open returns a deputy has claimed, which ending their cover lets go: said in the question
 * asked before, so that nothing is a surprise. Answered by the returns feature.
 */
public interface DeputyClaims {

    /** Each claimed step, as "the Q2 2017/18 return of Housing (Sign off return)"; empty when they hold none. */
    List<String> held(long serviceId, String deputy);

    /** "their claim on A will be released" ("their claims on A and B ..."), for the questions; "" when none. */
    static String released(List<String> held) {
        if (held.isEmpty()) {
            return "";
        }
        String steps = held.size() == 1 ? held.get(0) : String.join(", ", held.subList(0, held.size() - 1)) + " and "
                + held.get(held.size() - 1);
        return (held.size() == 1 ? "their claim on " : "their claims on ") + steps + " will be released";
    }
}
