package dev.usersvc.server.mail;

import dev.usersvc.rest.error.ErrorResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failed delivery is the mail server's fault, not ours nor the client's: 503, so the client may try again later.
 * It lives here because only the server sees both the SMTP adapter and the REST error body. The message and cause
 * name the recipient and the mail server, never the body or the password.
 */
@Provider
public final class MailDeliveryExceptionMapper implements ExceptionMapper<MailDeliveryException> {
    private static final Logger LOG = LoggerFactory.getLogger(MailDeliveryExceptionMapper.class);

    @Override
    public Response toResponse(MailDeliveryException e) {
        LOG.warn("{}", e.getMessage(), e);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse("the code could not be sent")).build();
    }
}
