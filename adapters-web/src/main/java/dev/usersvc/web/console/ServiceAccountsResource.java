package dev.usersvc.web.console;

import dev.usersvc.domain.user.UserType;
import dev.usersvc.web.session.SessionCookies;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Service accounts: the users list filtered to {@link UserType#SERVICE}, with the same search and paging. */
@Path("/service-accounts")
@Produces(MediaType.TEXT_HTML)
public final class ServiceAccountsResource {
    private final UsersResource users;

    ServiceAccountsResource(UsersResource users) {
        this.users = users;
    }

    @GET
    public Response serviceAccounts(@CookieParam(SessionCookies.SESSION) String sessionId,
                                    @QueryParam("search") String search, @QueryParam("after") String after) {
        return users.listing(sessionId, search, after, "Service accounts", "/admin/service-accounts",
                Optional.of(UserType.SERVICE));
    }
}
