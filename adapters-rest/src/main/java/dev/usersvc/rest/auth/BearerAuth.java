package dev.usersvc.rest.auth;

import dev.usersvc.application.token.Authenticate;
import dev.usersvc.rest.error.ErrorResponse;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.UnauthorizedHandler;
import io.dropwizard.core.setup.Environment;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-token authentication for {@code @Auth} parameters. A bad, expired or revoked token fails in
 * {@link Authenticate} with a DomainException, which the error mappers turn into a 401 naming the reason; a
 * missing token gets the handler's 401. {@code @Auth Optional<CallerPrincipal>} makes a token optional. The caller
 * carries the request's remote address, for the audit log.
 */
public final class BearerAuth {
    private BearerAuth() {
    }

    public static void register(Environment environment, Authenticate authenticate) {
        features(authenticate).forEach(environment.jersey()::register);
    }

    /**
     * The client-address filter, the auth filter and the {@code @Auth} binder, for anything Jersey-shaped (resource
     * tests register them).
     */
    public static List<Object> features(Authenticate authenticate) {
        Authenticator<Credentials, CallerPrincipal> authenticator = credentials -> Optional.of(
                new CallerPrincipal(authenticate.handle(credentials.token(), credentials.clientAddress())));
        return List.of(
                new ClientAddressFilter(),
                new AuthDynamicFeature(new Builder()
                        .setAuthenticator(authenticator)
                        .setPrefix("Bearer")
                        .setRealm("user-svc")
                        .setUnauthorizedHandler(new JsonUnauthorizedHandler())
                        .buildAuthFilter()),
                new AuthValueFactoryProvider.Binder<>(CallerPrincipal.class));
    }

    /** A bearer token and the address the request came from. */
    record Credentials(String token, String clientAddress) {
    }

    /**
     * dropwizard-auth's {@code OAuthCredentialAuthFilter} hands its authenticator the token alone; this one does
     * the same reading (the {@code Authorization} header, else the {@code access_token} query parameter, as
     * before) and adds the client address that {@link ClientAddressFilter} left on the request.
     */
    @Priority(Priorities.AUTHENTICATION)
    static final class Filter extends AuthFilter<Credentials, CallerPrincipal> {
        @Override
        public void filter(ContainerRequestContext request) {
            String token = tokenOf(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            if (token == null) {
                token = request.getUriInfo().getQueryParameters().getFirst("access_token");
            }
            Object address = request.getProperty(ClientAddressFilter.PROPERTY);
            Credentials credentials = token == null ? null
                    : new Credentials(token, address instanceof String text ? text : "");
            if (!authenticate(request, credentials, SecurityContext.BASIC_AUTH)) {
                throw unauthorizedHandler.buildException(prefix, realm);
            }
        }

        private String tokenOf(String header) {
            if (header == null) {
                return null;
            }
            int space = header.indexOf(' ');
            if (space <= 0 || !prefix.equalsIgnoreCase(header.substring(0, space))) {
                return null;
            }
            return header.substring(space + 1);
        }
    }

    static final class Builder extends AuthFilter.AuthFilterBuilder<Credentials, CallerPrincipal, Filter> {
        @Override
        protected Filter newInstance() {
            return new Filter();
        }
    }

    static final class JsonUnauthorizedHandler implements UnauthorizedHandler {
        @Override
        public Response buildResponse(String prefix, String realm) {
            return Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorResponse("a bearer token is required"))
                    .build();
        }
    }
}
