package uk.quarterlyreturns.base;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Names two implementations that their APIs otherwise look up through a ServiceLoader, reading every jar on the class
 * path, each time one is asked for: Jakarta Mail's stream provider, asked for with every message and part it builds,
 * and the JDK's XML datatype factory, asked for each time the process engine reads a retry cycle (for every job it
 * creates). Both APIs take the name from a system property first; one already set (on the command line) is kept.
 */
@Component
public class FactoryLookups {

    static final String MAIL_STREAMS = "jakarta.mail.util.StreamProvider";
    static final String MAIL_STREAMS_IMPLEMENTATION = "org.eclipse.angus.mail.util.MailStreamProvider";

    FactoryLookups() {
        name();
    }

    /** Sets the names; an implementation that is not on the class path is left to the look-up. */
    public static void name() {
        // the JDK's own implementation, the one the look-up falls back to when no jar offers another
        System.getProperties().putIfAbsent(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        if (ClassUtils.isPresent(MAIL_STREAMS_IMPLEMENTATION, FactoryLookups.class.getClassLoader())) {
            System.getProperties().putIfAbsent(MAIL_STREAMS, MAIL_STREAMS_IMPLEMENTATION);
        }
    }
}
