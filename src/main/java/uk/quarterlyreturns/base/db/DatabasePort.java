package uk.quarterlyreturns.base.db;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The port the embedded PostgreSQL listens on: a free one picked, or the one asked for checked free first. */
final class DatabasePort {

    private DatabasePort() {
    }

    /** Port 0 picks a free port; any other is refused, clearly, when something already listens there. */
    static int choose(int port) throws IOException {
        return port == 0 ? freePort() : requireFree(port);
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As PostgreSQL binds: a port whose only users are connections in TIME_WAIT (for a minute after
            // PostgreSQL closed one first, also once it has stopped or was left behind by a killed run) is free
            // to listen on; on Linux a socket listening there still makes this bind fail.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("localhost", port));
            return port;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Port " + port + " is already in use, so the embedded PostgreSQL"
                    + " cannot start there (another PostgreSQL or another instance of the application?)."
                    + " Set QUARTERLY_DB_PORT to a free port, or stop whatever is listening on " + port + ".");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
