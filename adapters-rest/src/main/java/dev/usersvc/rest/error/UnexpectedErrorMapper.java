package dev.usersvc.rest.error;

import dev.usersvc.domain.Ids;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected: 500 with a reference the operator can find in the log; no detail reaches the client. */
@Provider
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        String reference = Ids.randomBase62().substring(0, 12);
        LOG.error("unexpected error, reference {}", reference, e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse("internal server error (reference " + reference + ")")).build();
    }
}
