package dev.usersvc.rest.token;

import dev.usersvc.application.token.ExchangeToken;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code ExchangeTokenRequest}. */
public record ExchangeTokenRequest(String newAppHost, String newAppId, String newDevice) {
    ExchangeToken.Command toCommand() {
        return new ExchangeToken.Command(Bodies.present(newAppHost, AppHost::new),
                Bodies.present(newAppId, AppId::new), Bodies.present(newDevice).map(Bodies::device));
    }
}
