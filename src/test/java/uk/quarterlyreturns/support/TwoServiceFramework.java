package uk.quarterlyreturns.support;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.framework.Organisation;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;

/** A framework file of plain measures in two services of one directorate, for tests that move measures between them. */
public final class TwoServiceFramework {

    public static final String HEADER = "code,title,directorate,service,theme,unit,polarity,frequency,aggregation,"
            + "target,floor,tolerance_pct,rag_scheme\n";

    private TwoServiceFramework() {
    }

    /** A quarterly count with a target of 20 and no RAG scheme, in the service named. */
    public static String measure(String code, String service) {
        return code + ",Measure " + code + ",Economy and Infrastructure," + service + ",Ambitious,count,"
                + "HIGHER_IS_BETTER,QUARTERLY,SNAPSHOT,20,,,NONE\n";
    }

    public static TabularFile csv(String text) {
        return TabularFile.read(text.getBytes(StandardCharsets.UTF_8), "f.csv");
    }

    /** Makes the service's director, so that a cycle opens with a return for it. */
    public static void directs(Organisation organisation, PeopleService people, String username, String service) {
        Organisation.ServiceUnit unit = organisation.findService(service).orElseThrow();
        people.create(new Person(username, username, null, EnumSet.of(Role.SERVICE_DIRECTOR), unit.id(),
                unit.directorateId(), true, false, false), "a-long-password");
    }
}
