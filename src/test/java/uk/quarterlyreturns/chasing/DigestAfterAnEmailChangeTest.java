package uk.quarterlyreturns.chasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.quarterlyreturns.base.mail.MailMessage;
import uk.quarterlyreturns.base.mail.MailOutbox;
import uk.quarterlyreturns.base.security.Role;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.people.PeopleFile;
import uk.quarterlyreturns.people.PeopleService;
import uk.quarterlyreturns.people.Person;
import uk.quarterlyreturns.people.UserAdministration;
import uk.quarterlyreturns.people.UserFields;
import uk.quarterlyreturns.support.ApplicationTest;

/**
 * Someone who chose the daily digest has their email address changed while mail waits for it: the digest goes to
 * the address they have now, not to the one they had (left, mistyped, or someone else's mailbox).
 */
class DigestAfterAnEmailChangeTest extends ApplicationTest {

    @Autowired PeopleService people;
    @Autowired UserAdministration admin;
    @Autowired PeopleFile peopleFile;
    @Autowired MailOutbox outbox;
    @Autowired DailyDigest digest;
    @Autowired JdbcClient jdbc;

    @Test
    void theMailHeldForTheDigestGoesToTheNewAddress() {
        String username = "digest.readdress.2960";
        String old = username + "@old.council.test";
        String changed = username + "@new.council.test";
        people.create(new Person(username, "Dora Digest", old, EnumSet.of(Role.READER), null, null, true, false,
                true), "a-long-password");
        outbox.hold(new MailMessage("TEST:" + username, "REPORT_PUBLISHED", old, "The 2960/61 Q1 report is published",
                "Read it", null, null, null));

        admin.update(new UserFields(username, "Dora Digest", changed, EnumSet.of(Role.READER), null, null), "admin");
        digest.sendDigests();

        assertThat(digestsTo(changed)).singleElement().asString().contains("The 2960/61 Q1 report is published");
        assertThat(digestsTo(old)).as("nothing for the old address").isEmpty();
    }

    @Test
    void twoPeopleSwappingAddressesInThePeopleFileKeepTheirOwnHeldMail() {
        String ann = "digest.swap.ann.2960";
        String bob = "digest.swap.bob.2960";
        for (String username : List.of(ann, bob)) {
            people.create(new Person(username, username, username + "@council.test", EnumSet.of(Role.READER), null,
                    null, true, false, true), "a-long-password");
            outbox.hold(new MailMessage("TEST:" + username, "REPORT_PUBLISHED", username + "@council.test",
                    "Held for " + username, "Read it", null, null, null));
        }

        peopleFile.importFile(TabularFile.read(("username,name,email,roles,service,directorate\n"
                + ann + "," + ann + "," + bob + "@council.test,READER,,\n"
                + bob + "," + bob + "," + ann + "@council.test,READER,,\n").getBytes(StandardCharsets.UTF_8),
                "people.csv"), "admin");
        digest.sendDigests();

        assertThat(digestsTo(bob + "@council.test")).as("Ann's address now").singleElement().asString()
                .contains("Held for " + ann).doesNotContain("Held for " + bob);
        assertThat(digestsTo(ann + "@council.test")).as("Bob's address now").singleElement().asString()
                .contains("Held for " + bob).doesNotContain("Held for " + ann);
    }

    private List<String> digestsTo(String address) {
        return jdbc.sql("select body_text from outbox_message where kind = 'DAILY_DIGEST' and recipient = :to")
                .param("to", address).query(String.class).list();
    }
}
