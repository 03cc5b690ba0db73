package dev.usersvc.rest.token;

import dev.usersvc.application.token.RevokeTokens;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code RevokeTokensRequest}. */
public record RevokeTokensRequest(String device, String userId, Boolean allTokens) {
    RevokeTokens.Command toCommand() {
        return new RevokeTokens.Command(Bodies.present(device), Bodies.present(userId, UserId::new),
                Boolean.TRUE.equals(allTokens));
    }
}
