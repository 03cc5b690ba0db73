package dev.usersvc.rest.app;

import dev.usersvc.application.app.UpdateApp;
import dev.usersvc.domain.app.AppHost;
import dev.usersvc.domain.app.AppId;
import dev.usersvc.rest.json.Bodies;

/** Contract definition {@code UpdateAppRequest}. */
public record UpdateAppRequest(String id, String newHost) {
    UpdateApp.Command toCommand() {
        return new UpdateApp.Command(new AppId(Bodies.required(id, "id")),
                new AppHost(Bodies.required(newHost, "newHost")));
    }
}
