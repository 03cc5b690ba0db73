package dev.usersvc.rest.audit;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.audit.AuditQuery;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.Bodies;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit log (decision 16), for holders of {@code user-svc:audit:view}. */
@Path("/user-svc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuditResource {
    private final UseCases useCases;

    public AuditResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    @Path("/audit-events")
    public ListAuditEventsResponse listAuditEvents(@Auth CallerPrincipal principal,
                                                   ListAuditEventsRequest request) {
        AuditQuery query = Bodies.orEmpty(request, ListAuditEventsRequest.EMPTY).toQuery();
        return ListAuditEventsResponse.from(useCases.listAuditEvents().handle(principal.caller(), query).items(),
                query);
    }
}
