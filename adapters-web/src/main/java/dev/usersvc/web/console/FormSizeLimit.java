package dev.usersvc.web.console;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps console request bodies. The console's forms are a few hundred bytes, and Jersey reads a form body into
 * memory whole; without this, one large POST to the sign-in page (no session needed) could exhaust the heap.
 * A declared length over the cap is refused at once; a chunked body is cut off as it is read. Both answer 413.
 */
@PreMatching
final class FormSizeLimit implements ContainerRequestFilter {
    static final int MAX_BYTES = 16 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw new WebApplicationException(413);
        }
        request.setEntityStream(new Capped(request.getEntityStream()));
    }

    static final class Capped extends FilterInputStream {
        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new WebApplicationException(413);
            }
        }
    }
}
