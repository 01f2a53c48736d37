package uk.quarterlyreturns.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A GreenMail SMTP server of the test's own for its child applications, and counting what it received. */
final class Mail {

    private Mail() {
    }

    static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    static List<MimeMessage> received(GreenMail mail, Predicate<MimeMessage> which) {
        return List.of(mail.getReceivedMessages()).stream().filter(which).toList();
    }

    static Predicate<MimeMessage> subjectContains(String text) {
        return m -> subject(m).contains(text);
    }

    static Predicate<MimeMessage> to(String domain) {
        return m -> recipient(m).endsWith(domain);
    }

    /** Messages received more than once: the same subject to the same recipient. */
    static long duplicates(List<MimeMessage> messages) {
        Map<String, Long> counts = messages.stream().collect(Collectors.groupingBy(m -> recipient(m) + " " + subject(m),
                Collectors.counting()));
        return counts.values().stream().filter(c -> c > 1).mapToLong(c -> c - 1).sum();
    }

    static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768 on), as the installed default 15432 is: once its
     * PostgreSQL is gone, no outgoing connection can be given it meanwhile as its local port.
     */
    static int freePortBelowEphemeral() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20000 + random.nextInt(12000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new java.net.InetSocketAddress("localhost", port));
                return port;
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("No free port found between 20000 and 32000");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
