package dev.usersvc.application.token;

import dev.usersvc.domain.app.App;
import dev.usersvc.domain.token.Token;

/** A token handed to a client, with the app it is scoped to. */
public record IssuedToken(Token token, App app) {
}
