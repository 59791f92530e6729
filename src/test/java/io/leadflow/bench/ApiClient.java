package io.leadflow.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The benchmark's HTTP client: plain HTTP/1.1 over kept-alive sockets, as wrk or ab would send it. It
 * runs in the same JVM as the server, on the same two cores, so every cycle it spends is taken from
 * Leadflow: the JDK's HttpClient took two thirds of the CPU of a request that does no work.
 */
final class ApiClient {

    /** Connections idle longer than this are not reused: the server may have closed them meanwhile. */
    private static final long MAX_IDLE_NANOS = 2_000_000_000L;

    private final String host;
    private final int port;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

    ApiClient(String root) {
        URI uri = URI.create(root);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /** A status code and the body as text. */
    record Response(int status, String body) {}

    /** GET path; the status code. */
    int get(String path) {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n", new byte[0])
                .status();
    }

    /** POST a JSON body with the API key; the response, whatever its status. */
    Response post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return exchange(
                "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Api-Key: test-api-key\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n",
                body);
    }

    /** POST that must succeed with content; the body. */
    String postOk(String path, String json) {
        Response response = post(path, json);
        if (response.status() / 100 != 2 || response.status() == 204) {
            throw new IllegalStateException(path + " -> " + response.status() + " " + response.body());
        }
        return response.body();
    }

    private Response exchange(String head, byte[] body) {
        Connection connection = take();
        try {
            connection.out.write(head.getBytes(StandardCharsets.US_ASCII));
            connection.out.write(body);
            connection.out.flush();
            Response response = connection.read();
            if (connection.keepAlive) {
                connection.lastUsed = System.nanoTime();
                idle.push(connection);
            } else {
                connection.socket.close();
            }
            return response;
        } catch (IOException e) {
            connection.close();
            throw new UncheckedIOException(e);
        }
    }

    private Connection take() {
        for (Connection c = idle.poll(); c != null; c = idle.poll()) {
            if (System.nanoTime() - c.lastUsed < MAX_IDLE_NANOS) {
                return c;
            }
            c.close();
        }
        try {
            return new Connection(new Socket(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One socket; reads one response at a time (Content-Length or chunked, as Tomcat sends them). */
    private static final class Connection {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        long lastUsed;
        // Tomcat closes a connection after 100 requests and says so in the response
        boolean keepAlive = true;

        Connection(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = new BufferedOutputStream(socket.getOutputStream());
        }

        Response read() throws IOException {
            int status = Integer.parseInt(line().split(" ")[1]);
            int length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String h = header.toLowerCase(Locale.ROOT);
                if (h.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                } else if (h.startsWith("transfer-encoding:")) {
                    chunked = h.contains("chunked");
                } else if (h.startsWith("connection:")) {
                    keepAlive = !h.contains("close");
                }
            }
            byte[] body = chunked ? chunks() : in.readNBytes(length);
            return new Response(status, new String(body, StandardCharsets.UTF_8));
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private int chunkSize() throws IOException {
            return Integer.parseInt(line().split(";")[0].trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed mid-response");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // already broken: nothing left to release
            }
        }
    }
}
