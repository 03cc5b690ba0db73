package dev.usersvc.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * CORS as the contract's clients expect (behaviour §1.2): any origin, no credentials (tokens travel in the
 * Authorization header, never in cookies, so echoing the origin exposes nothing), preflights answered before auth.
 */
@PreMatching
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("user-svc")) {
            request.abortWith(Response.ok().build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("user-svc") && !path.startsWith(".well-known")) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String origin = request.getHeaderString("Origin");
        headers.putSingle("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        headers.putSingle("Access-Control-Allow-Methods", "POST, GET, OPTIONS, PUT, DELETE");
        headers.putSingle("Access-Control-Allow-Headers",
                "Accept, Content-Type, Content-Length, Accept-Encoding, Authorization");
        headers.putSingle("Access-Control-Allow-Credentials", "false");
        headers.add("Vary", "Origin");
    }
}
