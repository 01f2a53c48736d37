package uk.quarterlyreturns.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.quarterlyreturns.Application;

/**
 * The whole application on a throw-away embedded PostgreSQL with the demo data, a real SMTP server
 * and a real HTTP port. Every subclass shares one Spring context, so keep their configuration equal.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApplicationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
