package dev.usersvc.rest.auth;

import dev.usersvc.application.Caller;
import java.security.Principal;

/** The authenticated caller, as dropwizard-auth wants it: a Principal. */
public record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
        return caller.slug();
    }
}
