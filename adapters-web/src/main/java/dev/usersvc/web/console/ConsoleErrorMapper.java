package dev.usersvc.web.console;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Ids;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error in the console's own container becomes an HTML page: never JSON, never a stack trace. Registered
 * only there, so the JSON API keeps its own mappers. Unexpected errors get a reference, logged with the cause.
 */
@Provider
final class ConsoleErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof DomainException domain) {
            int status = statusOf(domain.kind());
            return ConsoleAccess.html(status, new ErrorPage(null, titleOf(status), domain.getMessage(), ""));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status < 400) {
                return web.getResponse();
            }
            return ConsoleAccess.html(status, new ErrorPage(null, titleOf(status), messageOf(status), ""));
        }
        String reference = Ids.randomBase62().substring(0, 12);
        LOG.error("unexpected console error, reference {}", reference, e);
        return ConsoleAccess.html(500, new ErrorPage(null, "Something went wrong",
                "an unexpected error stopped this page; nothing about it was shown here", reference));
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

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not signed in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Not allowed here";
            case 409 -> "Conflict";
            case 413 -> "Too large";
            case 429 -> "Too many attempts";
            default -> "Request refused";
        };
    }

    private static String messageOf(int status) {
        return switch (status) {
            case 404 -> "there is no console page at this address";
            case 405 -> "this page does not accept that kind of request";
            case 413 -> "this form was larger than any console form can be";
            case 415 -> "this form was sent in a format the console does not read";
            default -> "the console could not handle this request";
        };
    }
}
