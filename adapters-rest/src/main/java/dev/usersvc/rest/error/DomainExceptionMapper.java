package dev.usersvc.rest.error;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.TooManyAttemptsException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one table from error kind to HTTP status. */
@Provider
public final class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        Response.ResponseBuilder response = Response.status(statusOf(e.kind()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(e.getMessage()));
        if (e instanceof TooManyAttemptsException throttled) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, throttled.retryAfter().toSeconds()));
        }
        if (e.kind() == ErrorKind.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"user-svc\"");
        }
        return response.build();
    }

    // No default branch on purpose: a new ErrorKind won't compile until it gets a status here.
    static int statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }
}
