package uk.quarterlyreturns.people.ui;

import java.util.List;
import uk.quarterlyreturns.base.security.Role;

/**
 * What the services screen asks before placing someone in a service: who, where, as what, who they replace and who
 * is emailed (a new director is sent the mail of the step the service's open return is at; a data officer nothing).
 */
record PlacingQuestion(String header, String text, String confirm) {

    /**
     * @param directorsNow   the service's directors before the change, by name (other than the person placed)
     * @param deputiesEnding the deputies named for a director the placing takes from the post (the one replaced, or
     *                       the person placed as director of another service), who end with it: each in words naming
     *                       the service and director they covered (PeopleService.deputiesEnding)
     */
    static PlacingQuestion of(String person, String service, Role role, List<String> directorsNow,
            List<String> deputiesEnding) {
        // Placing replaces every role and place the person holds.
        String replaces = " Any other role or service they have now is taken from them." + deputiesEnding.stream()
                .map(deputy -> " " + deputy + ".").collect(java.util.stream.Collectors.joining());
        if (role == Role.SERVICE_DIRECTOR) {
            return new PlacingQuestion("Make " + person + " director of " + service + "?", person
                    + " becomes the director of " + service + (directorsNow.isEmpty() ? ""
                            : ", in place of " + String.join(" and ", directorsNow))
                    + ", and signs off its returns." + replaces + " " + person + " is emailed now about any return "
                    + service + " has open.", "Make director");
        }
        return new PlacingQuestion("Make " + person + " a data officer of " + service + "?", person
                + " becomes a data officer of " + service + " and prepares its returns for its director." + replaces
                + " " + person + " is not emailed: they find " + service + "'s return in their inbox while it is being prepared.",
                "Make data officer");
    }
}
