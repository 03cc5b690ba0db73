package dev.usersvc.rest.permit;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.permit.Permission;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.EmptyResponse;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** Permission checks, permits, and the permissions of the caller's roles. */
@Path("/user-svc")
@Produces(MediaType.APPLICATION_JSON)
public final class PermitResource {
    private final UseCases useCases;

    public PermitResource(UseCases useCases) {
        this.useCases = useCases;
    }

    /**
     * The path parameter arrives decoded, so {@code a:b} and {@code a%3Ab} name the same permission. Without a
     * token the answer is the anonymous subject's; a bad token is still a 401.
     */
    @POST
    @Path("/self/has/{permission}")
    public HasPermissionResponse hasPermission(@Auth Optional<CallerPrincipal> principal,
                                               @PathParam("permission") String permission) {
        Permission asked = new Permission(permission);
        return HasPermissionResponse.from(principal
                .map(known -> useCases.hasPermission().handle(known.caller(), asked))
                .orElseGet(() -> useCases.hasPermission().handleAnonymous(asked)));
    }

    @PUT
    @Path("/permits")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmptyResponse savePermits(@Auth CallerPrincipal principal, SavePermitsRequest request) {
        useCases.savePermits().handle(principal.caller(),
                Bodies.orEmpty(request, new SavePermitsRequest(null)).toCommand());
        return EmptyResponse.INSTANCE;
    }

    @POST
    @Path("/permits")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListPermitsResponse listPermits(@Auth CallerPrincipal principal, ListPermitsRequest request) {
        return ListPermitsResponse.from(useCases.listPermits().handle(principal.caller(),
                Bodies.orEmpty(request, new ListPermitsRequest(null, null, null, null, null)).toCommand()));
    }

    @POST
    @Path("/permissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListPermissionsResponse listPermissions(@Auth CallerPrincipal principal, ListPermissionsRequest request) {
        return new ListPermissionsResponse(useCases.listPermissions().handle(principal.caller(),
                Bodies.orEmpty(request, new ListPermissionsRequest(null)).toCommand()));
    }
}
