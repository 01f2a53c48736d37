package uk.quarterlyreturns.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.AnnotationProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * The running application tells Atmosphere (under Hilla's push servlet, which it does not use) not to read every
 * class on the class path for annotations: about a seventh of each start's CPU, on every server and in every test.
 */
class AtmosphereScanOffTest extends ApplicationTest {

    @Autowired ServletContext servletContext;

    @Test
    void atmosphereLooksForNoAnnotations() throws ClassNotFoundException {
        // A class name Atmosphere cannot load is logged at each start as an error with its stack trace.
        String processor = servletContext.getInitParameter("org.atmosphere.cpr.AnnotationProcessor");
        assertThat(processor).endsWith(".VoidAnnotationProcessor");
        assertThat(AnnotationProcessor.class.isAssignableFrom(Class.forName(processor))).as(processor).isTrue();
        assertThat(servletContext.getInitParameter("org.atmosphere.cpr.AtmosphereConfig.getInitParameter"))
                .isEqualTo("true");
    }
}
