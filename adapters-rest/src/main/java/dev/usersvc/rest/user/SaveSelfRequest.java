package dev.usersvc.rest.user;

import dev.usersvc.application.user.SaveSelf;
import dev.usersvc.rest.json.Bodies;
import java.util.Map;

/** Contract definition {@code SaveSelfRequest}. */
public record SaveSelfRequest(String name, String thumbnailFileId, Map<String, String> labels) {
    SaveSelf.Command toCommand() {
        return new SaveSelf.Command(name, thumbnailFileId, Bodies.map(labels));
    }
}
