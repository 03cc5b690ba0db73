package dev.usersvc.rest.user;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.EmptyResponse;
import dev.usersvc.rest.json.TokenResponse;
import io.dropwizard.auth.Auth;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Accounts: register, login, self, passwords, and the admin's user management. */
@Path("/user-svc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UserResource {
    private final UseCases useCases;

    public UserResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    @Path("/register")
    public TokenResponse register(RegisterRequest request, @Context HttpServletRequest http) {
        return TokenResponse.from(useCases.register().handle(
                Bodies.orEmpty(request, new RegisterRequest(null, null, null, null, null, null))
                        .toCommand(http.getRemoteAddr())));
    }

    @POST
    @Path("/login")
    public TokenResponse login(LoginRequest request, @Context HttpServletRequest http) {
        return TokenResponse.from(useCases.login().handle(
                Bodies.orEmpty(request, new LoginRequest(null, null, null, null, null))
                        .toCommand(http.getRemoteAddr())));
    }

    @POST
    @Path("/self")
    public ReadSelfResponse readSelf(@Auth CallerPrincipal principal, ReadSelfRequest request) {
        boolean countTokens = request != null && request.wantsTokenCount();
        return ReadSelfResponse.from(useCases.readSelf().handle(principal.caller(), countTokens));
    }

    @PUT
    @Path("/self")
    public EmptyResponse saveSelf(@Auth CallerPrincipal principal, SaveSelfRequest request) {
        useCases.saveSelf().handle(principal.caller(),
                Bodies.orEmpty(request, new SaveSelfRequest(null, null, null)).toCommand());
        return EmptyResponse.INSTANCE;
    }

    @POST
    @Path("/change-password")
    public EmptyResponse changePassword(@Auth CallerPrincipal principal, ChangePasswordRequest request,
                                        @Context HttpServletRequest http) {
        useCases.changePassword().handle(principal.caller(),
                Bodies.orEmpty(request, new ChangePasswordRequest(null, null)).toCommand(http.getRemoteAddr()));
        return EmptyResponse.INSTANCE;
    }

    @POST
    @Path("/{userId}/reset-password")
    public EmptyResponse resetPassword(@Auth CallerPrincipal principal, @PathParam("userId") String userId,
                                       ResetPasswordRequest request) {
        useCases.resetPassword().handle(principal.caller(),
                Bodies.orEmpty(request, new ResetPasswordRequest(null)).toCommand(userId));
        return EmptyResponse.INSTANCE;
    }

    @POST
    @Path("/user")
    public EmptyResponse createUser(@Auth CallerPrincipal principal, CreateUserRequest request) {
        useCases.createUser().handle(principal.caller(),
                Bodies.orEmpty(request, new CreateUserRequest(null, null, null, null, null)).toCommand());
        return EmptyResponse.INSTANCE;
    }

    @PUT
    @Path("/user/{userId}")
    public EmptyResponse saveUser(@Auth CallerPrincipal principal, @PathParam("userId") String userId,
                                  SaveUserRequest request) {
        useCases.saveUser().handle(principal.caller(),
                Bodies.orEmpty(request, new SaveUserRequest(null, null)).toCommand(userId));
        return EmptyResponse.INSTANCE;
    }

    @DELETE
    @Path("/user/{userId}")
    public EmptyResponse deleteUser(@Auth CallerPrincipal principal, @PathParam("userId") String userId) {
        useCases.deleteUser().handle(principal.caller(), new UserId(userId));
        return EmptyResponse.INSTANCE;
    }

    @POST
    @Path("/users")
    public ListUsersResponse listUsers(@Auth CallerPrincipal principal, ListUsersRequest request) {
        UserQuery query = Bodies.orEmpty(request, new ListUsersRequest(null, null, null, null, null, null, null, null))
                .toQuery();
        return ListUsersResponse.from(useCases.listUsers().handle(principal.caller(), query), query);
    }
}
