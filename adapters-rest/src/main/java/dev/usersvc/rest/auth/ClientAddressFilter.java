package dev.usersvc.rest.auth;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;

/**
 * Puts the request's remote address on the request context, where {@link BearerAuth}'s filter reads it into the
 * caller (the audit log's "from where"). The request context is per request, so no thread-local is needed; the
 * auth filter itself cannot take the servlet request, because dropwizard-auth wraps it for optional tokens and
 * the wrapper is what Jersey injects. No proxy headers are trusted: the address is the TCP peer.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class ClientAddressFilter implements ContainerRequestFilter {
    static final String PROPERTY = "dev.usersvc.rest.clientAddress";

    @Context
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        String address = http == null ? null : http.getRemoteAddr();
        request.setProperty(PROPERTY, address == null ? "" : address);
    }
}
