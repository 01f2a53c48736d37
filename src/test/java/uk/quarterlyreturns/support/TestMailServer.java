package uk.quarterlyreturns.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/** One real SMTP server (GreenMail) for the whole test run, on a free port; tests may stop and restart it. */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMailServer() {
    }

    public static int port() {
        return PORT;
    }

    public static synchronized GreenMail server() {
        return server;
    }

    public static synchronized void stop() {
        server.stop();
    }

    /** Whether the server accepts a connection on its port now. */
    public static boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static synchronized void restart() {
        server.stop();
        server = start();
    }

    public static List<MimeMessage> received() {
        return List.of(server().getReceivedMessages());
    }

    /** Messages received so far by the address whose subject contains the text. */
    public static List<MimeMessage> receivedBy(String address, String subjectPart) {
        return received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /**
     * How long a message may take to arrive: its delivery is a job of the engine's lowest priority, behind every
     * return's and cycle's step that earlier tests left due, as the other waits on the engine allow for.
     */
    public static final java.time.Duration DELIVERY = ReturnScenario.WAIT;

    /** Waits for a message to the address whose subject contains the text; answers the latest. */
    public static MimeMessage awaitReceived(String address, String subjectPart) {
        Await.until(subjectPart + " to " + address, DELIVERY, () -> !receivedBy(address, subjectPart).isEmpty());
        List<MimeMessage> messages = receivedBy(address, subjectPart);
        return messages.get(messages.size() - 1);
    }

    /** The message's raw content, every part of it. */
    public static String body(MimeMessage message) {
        try {
            return new String(message.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the message's part of this type. */
    public static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    public static synchronized void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
