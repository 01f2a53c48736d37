package uk.quarterlyreturns.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
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
    void atmosphereLooksForNoAnnotations() {
        assertThat(servletContext.getInitParameter("org.atmosphere.cpr.AnnotationProcessor"))
                .isEqualTo("org.atmosphere.cpr.VoidAnnotationProcessor");
        assertThat(servletContext.getInitParameter("org.atmosphere.cpr.AtmosphereConfig.getInitParameter"))
                .isEqualTo("true");
    }
}
