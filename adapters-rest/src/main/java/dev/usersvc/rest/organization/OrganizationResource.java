package dev.usersvc.rest.organization;

import dev.usersvc.application.UseCases;
import dev.usersvc.application.organization.DeleteMembership;
import dev.usersvc.application.organization.SaveMembership;
import dev.usersvc.domain.organization.OrganizationId;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.EmptyResponse;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Organizations and their memberships. */
@Path("/user-svc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganizationResource {
    private final UseCases useCases;

    public OrganizationResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @PUT
    @Path("/organization")
    public SaveOrganizationResponse saveOrganization(@Auth CallerPrincipal principal,
                                                     SaveOrganizationRequest request) {
        return SaveOrganizationResponse.from(useCases.saveOrganization().handle(principal.caller(),
                Bodies.orEmpty(request, new SaveOrganizationRequest(null, null, null, null, null)).toCommand()));
    }

    @POST
    @Path("/organizations")
    public ListOrganizationsResponse listOrganizations(@Auth CallerPrincipal principal,
                                                       ListOrganizationsRequest request) {
        return ListOrganizationsResponse.from(useCases.listOrganizations().handle(principal.caller(),
                Bodies.orEmpty(request, new ListOrganizationsRequest(null, null, null)).toCommand()));
    }

    @PUT
    @Path("/organization/{organizationId}/user/{userId}")
    public EmptyResponse saveMembership(@Auth CallerPrincipal principal,
                                        @PathParam("organizationId") String organizationId,
                                        @PathParam("userId") String userId, SaveMembershipRequest request) {
        useCases.saveMembership().handle(principal.caller(),
                new SaveMembership.Command(new OrganizationId(organizationId), new UserId(userId)));
        return EmptyResponse.INSTANCE;
    }

    @DELETE
    @Path("/organization/{organizationId}/user/{userId}")
    public EmptyResponse deleteMembership(@Auth CallerPrincipal principal,
                                          @PathParam("organizationId") String organizationId,
                                          @PathParam("userId") String userId, DeleteMembershipRequest request) {
        useCases.deleteMembership().handle(principal.caller(),
                new DeleteMembership.Command(new OrganizationId(organizationId), new UserId(userId)));
        return EmptyResponse.INSTANCE;
    }
}
