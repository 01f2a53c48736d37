package uk.quarterlyreturns.people;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;

/**
 * How a strategic director's cover (Covers) ends with a change to either of them: the covered director no longer
 * leading their directorate, or the cover no longer someone who may be; and the same said in advance, for the question
 * asked before such a change.
 */
@Component
class CoverEndings {

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final Clock clock;
    private final Organisation organisation;

    CoverEndings(JdbcClient jdbc, PersonRepository people, Clock clock, Organisation organisation) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
        this.organisation = organisation;
    }

    /**
     * After a change to a person ({@code before} as they were): the covers named for them end when they no longer lead
     * their directorate (moved, the role taken away, disabled), and those they hold when they may no longer be cover,
     * each saying why. Called wherever deputies follow their director (DeputiesFollowTheirDirector).
     */
    void endWith(Person before, String by, AccountWay way) {
        if (!before.enabled() || !before.has(Role.STRATEGIC_DIRECTOR)) {
            return; // nothing to end for the many a people file names who are no strategic director
        }
        Person now = people.find(before.username()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        DirectorLeft.whyCoverEnds(before, now, directorateName(before.directorateId())).ifPresent(why ->
                open("named_for", before.username(), today).forEach(d ->
                        DeputyEndings.closeRow(jdbc, clock, d, today, by, why, way)));
        DelegationRules.whyNoLonger(before, now, DelegationRules::whyNotCover, "cover").ifPresent(why ->
                open("deputy", before.username(), today).forEach(d ->
                        DeputyEndings.closeRow(jdbc, clock, d, today, by, why, way)));
    }

    /**
     * The covers a change of people would end (as endWith would), in words for the question asked before it, as the
     * deputies who end with their director are named (WorkTaken): {@code before} the people as they are now.
     */
    List<String> endingWith(Map<String, Person> before, List<UserFields> after) {
        List<String> ending = new ArrayList<>();
        for (UserFields fields : after) {
            Person was = before.get(fields.username());
            if (was != null) {
                ending.addAll(endingWith(was, new Person(was.username(), fields.displayName(), fields.email(),
                        fields.roles(), fields.serviceId(), fields.directorateId(), true, was.demo(),
                        was.dailyDigest())));
            }
        }
        return ending;
    }

    /** The covers that would end (as endWith would end them) were the person {@code was} to become {@code now}. */
    List<String> endingWith(Person was, Person now) {
        if (!was.enabled() || !was.has(Role.STRATEGIC_DIRECTOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<String> ending = new ArrayList<>();
        if (DirectorLeft.whyCoverEnds(was, now, "").isPresent()) {
            open("named_for", was.username(), today).forEach(d -> ending.add(ends(d)));
        }
        if (DelegationRules.mayBeCover(was) && !DelegationRules.mayBeCover(now)) {
            open("deputy", was.username(), today).forEach(d -> ending.add(ends(d)));
        }
        return ending;
    }

    private String ends(Delegation d) {
        Map<String, String> names = people.findAll(List.of(d.deputy(), d.namedFor())).stream()
                .collect(Collectors.toMap(Person::username, Person::displayName));
        return names.getOrDefault(d.deputy(), d.deputy()) + " stops covering " + names.getOrDefault(d.namedFor(),
                d.namedFor()) + ": their cover for escalations ends";
    }

    private List<Delegation> open(String column, String username, LocalDate today) {
        return jdbc.sql("select * from delegation where directorate_id is not null and " + column + " = :u"
                        + " and not withdrawn and ends_on >= :on").param("u", username)
                .param("on", Date.valueOf(today)).query(Delegation::read).list();
    }

    private String directorateName(Long directorateId) {
        return organisation.directorates().stream().filter(d -> directorateId != null && d.id() == directorateId)
                .map(Organisation.Directorate::name).findFirst().orElse("their directorate");
    }
}
