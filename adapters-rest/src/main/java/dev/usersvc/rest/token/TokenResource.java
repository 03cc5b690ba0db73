package dev.usersvc.rest.token;

import dev.usersvc.application.UseCases;
import dev.usersvc.domain.DomainException;
import dev.usersvc.rest.auth.CallerPrincipal;
import dev.usersvc.rest.json.Bodies;
import dev.usersvc.rest.json.EmptyResponse;
import dev.usersvc.rest.json.TokenResponse;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The token lifecycle: public key, refresh, revoke, exchange. */
@Path("/user-svc")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TokenResource {
    private static final String BEARER = "Bearer ";

    private final UseCases useCases;
    private final JwtTokens jwtTokens;

    public TokenResource(UseCases useCases, JwtTokens jwtTokens) {
        this.useCases = useCases;
        this.jwtTokens = jwtTokens;
    }

    @GET
    @Path("/public-key")
    public GetPublicKeyResponse publicKey() {
        return new GetPublicKeyResponse(jwtTokens.currentPublicKeyPem());
    }

    /** Not behind {@code @Auth}: the token presented here may have expired, which refresh allows. */
    @POST
    @Path("/refresh-token")
    public TokenResponse refresh(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)
                || authorization.length() == BEARER.length()) {
            throw DomainException.unauthenticated("a bearer token is required");
        }
        return TokenResponse.from(useCases.refreshToken().handle(authorization.substring(BEARER.length()).trim()));
    }

    @DELETE
    @Path("/tokens")
    public EmptyResponse revoke(@Auth CallerPrincipal principal, RevokeTokensRequest request) {
        useCases.revokeTokens().handle(principal.caller(),
                Bodies.orEmpty(request, new RevokeTokensRequest(null, null, null)).toCommand());
        return EmptyResponse.INSTANCE;
    }

    @PUT
    @Path("/token/exchange")
    public TokenResponse exchange(@Auth CallerPrincipal principal, ExchangeTokenRequest request) {
        return TokenResponse.from(useCases.exchangeToken().handle(principal.caller(),
                Bodies.orEmpty(request, new ExchangeTokenRequest(null, null, null)).toCommand()));
    }
}
