package dev.usersvc.rest.token;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /.well-known/jwks.json}: the keys services use to verify our tokens locally. */
@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
public final class JwksResource {
    private final JwtTokens jwtTokens;

    public JwksResource(JwtTokens jwtTokens) {
        this.jwtTokens = jwtTokens;
    }

    @GET
    @Path("/jwks.json")
    public JwksResponse jwks() {
        return new JwksResponse(jwtTokens.jwks());
    }
}
