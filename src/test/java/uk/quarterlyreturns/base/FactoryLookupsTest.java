package uk.quarterlyreturns.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/** The named implementations are the ones the look-ups would find, and they still work. */
class FactoryLookupsTest {

    @Test
    void bothImplementationsAreNamedAndWork() throws Exception {
        FactoryLookups.name();

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
                .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().newDuration("PT5M").getMinutes()).isEqualTo(5);

        assertThat(System.getProperty(FactoryLookups.MAIL_STREAMS)).isEqualTo(FactoryLookups.MAIL_STREAMS_IMPLEMENTATION);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(FactoryLookups.MAIL_STREAMS_IMPLEMENTATION);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Your Quarter 2 return £");
        message.setText("Body", "UTF-8");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        message.writeTo(written);
        assertThat(written.toString()).contains("Subject: =?UTF-8?");
    }
}
