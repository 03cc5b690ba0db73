package dev.usersvc.rest.user;

import java.util.Map;

/** Contract definition {@code UserInput}. */
public record UserInput(String id, String name, String slug, String thumbnailFileId, Map<String, String> labels) {
}
