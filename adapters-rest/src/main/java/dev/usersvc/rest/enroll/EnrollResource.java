package dev.usersvc.rest.enroll;

import dev.usersvc.application.UseCases;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.EmptyResponse;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Enrolls: who holds which role, by user id or by contact. */
@Path("/user-svc/enrolls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class EnrollResource {
    private final UseCases useCases;

    public EnrollResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @PUT
    public SaveEnrollsResponse saveEnrolls(@Auth CallerPrincipal principal, SaveEnrollsRequest request) {
        return SaveEnrollsResponse.from(useCases.saveEnrolls().handle(principal.caller(),
                Bodies.orEmpty(request, new SaveEnrollsRequest(null)).toCommand()));
    }

    @POST
    public ListEnrollsResponse listEnrolls(@Auth CallerPrincipal principal, ListEnrollsRequest request) {
        return ListEnrollsResponse.from(useCases.listEnrolls().handle(principal.caller(),
                Bodies.orEmpty(request, new ListEnrollsRequest(null, null, null)).toCommand()));
    }

    @DELETE
    public EmptyResponse deleteEnrolls(@Auth CallerPrincipal principal, DeleteEnrollsRequest request) {
        useCases.deleteEnrolls().handle(principal.caller(),
                Bodies.orEmpty(request, new DeleteEnrollsRequest(null)).toCommand());
        return EmptyResponse.INSTANCE;
    }
}
