package dev.usersvc.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Bodies of API calls: a zero-length body reads as {@code {}} (decision 2: the npm client sends none for optional
 * bodies), a body without a content type is taken as JSON, and a body over the limit gets 413 before it is read
 * whole, whether or not it declared its length. Before answering 413 the filter reads and drops the rest of a
 * moderately oversized body: closing a connection with unread bytes makes TCP reset it, and the client then loses the
 * 413 it was sent.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestBodyFilter implements ContainerRequestFilter {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "DELETE", "PATCH");

    private static final long MAX_DISCARDED_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public RequestBodyFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod())) {
            return;
        }
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= MAX_DISCARDED_BYTES) {
                discardRest(request.getEntityStream());
            }
            throw new WebApplicationException(413);
        }
        if (!request.hasEntity()) {
            request.setEntityStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
            setJsonContentType(request);
            return;
        }
        if (request.getMediaType() == null) {
            setJsonContentType(request);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
    }

    /** remove-then-add rather than putSingle: some containers hand out header lists that cannot be replaced. */
    private static void setJsonContentType(ContainerRequestContext request) {
        request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        request.getHeaders().add(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }

    private static void discardRest(InputStream body) {
        try {
            byte[] buffer = new byte[8192];
            long discarded = 0;
            int read;
            while (discarded < MAX_DISCARDED_BYTES && (read = body.read(buffer)) >= 0) {
                discarded += read;
            }
        } catch (IOException ignored) {
            // the client went away: nobody is left to read the 413
        }
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(long bytes) {
            remaining -= bytes;
            if (remaining < 0) {
                discardRest(in);
                throw new WebApplicationException(413);
            }
        }
    }
}
