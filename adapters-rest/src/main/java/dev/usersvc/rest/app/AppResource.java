package dev.usersvc.rest.app;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.App;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.EmptyResponse;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** Apps: read-or-create by host, list, rename. */
@Path("/user-svc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AppResource {
    private final UseCases useCases;

    public AppResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    @Path("/apps")
    public ListAppsResponse listApps(@Auth Optional<CallerPrincipal> principal, ListAppsRequest request) {
        return new ListAppsResponse(useCases.listApps().handle(principal.map(CallerPrincipal::caller),
                Bodies.orEmpty(request, new ListAppsRequest(null, null)).toCommand())
                .stream().map(App::from).toList());
    }

    @POST
    @Path("/app")
    public ReadAppResponse readApp(ReadAppRequest request) {
        String host = Bodies.required(Bodies.orEmpty(request, new ReadAppRequest(null)).host(), "host");
        return new ReadAppResponse(App.from(useCases.readApp().handle(new AppHost(host))));
    }

    @PUT
    @Path("/app")
    public EmptyResponse updateApp(@Auth CallerPrincipal principal, UpdateAppRequest request) {
        useCases.updateApp().handle(principal.caller(),
                Bodies.orEmpty(request, new UpdateAppRequest(null, null)).toCommand());
        return EmptyResponse.INSTANCE;
    }
}
