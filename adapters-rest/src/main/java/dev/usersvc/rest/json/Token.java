package dev.usersvc.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.usersvc.application.token.IssuedToken;

/** Contract definition {@code Token}: the stored token record with the JWT in {@code token}. */
public record Token(String internalId, String appId, String id, String createdAt, String updatedAt, String userId,
                    String token, String device, String expiresAt,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String lastRefreshedAt,
                    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean active,
                    App app) {
    public static Token from(IssuedToken issued) {
        dev.usersvc.domain.token.Token token = issued.token();
        return new Token(token.appId().value() + ":" + token.id().value(), token.appId().value(),
                token.id().value(), Times.format(token.createdAt()), Times.format(token.createdAt()),
                token.userId().value(), token.jwt(), token.device(), Times.format(token.expiresAt()),
                token.lastRefreshedAt().map(Times::format).orElse(null), token.active(), App.from(issued.app()));
    }
}
