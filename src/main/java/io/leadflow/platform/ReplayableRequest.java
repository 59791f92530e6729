package io.leadflow.platform;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** A request whose body is read once, up to a limit, and replayed from memory to the next reader. */
public final class ReplayableRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private final boolean exceeds;

    public ReplayableRequest(HttpServletRequest request, int limit) throws IOException {
        super(request);
        byte[] read = request.getInputStream().readNBytes(limit + 1);
        this.exceeds = read.length > limit;
        this.body = read;
    }

    /** The body was longer than the limit; only limit + 1 bytes were kept. */
    public boolean exceedsLimit() {
        return exceeds;
    }

    /** The body as read (at most limit + 1 bytes). */
    public byte[] body() {
        return body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
