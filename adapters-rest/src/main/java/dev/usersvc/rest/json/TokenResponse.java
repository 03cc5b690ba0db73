package dev.usersvc.rest.json;

import dev.usersvc.application.token.IssuedToken;

/** The body of login, register, refresh and exchange ({@code LoginResponse} and its siblings): one token. */
public record TokenResponse(Token token) {
    public static TokenResponse from(IssuedToken issued) {
        return new TokenResponse(Token.from(issued));
    }
}
