package dev.usersvc.rest.permit;

import java.util.List;

/** Contract definition {@code ListPermissionsResponse}: {@code permissions} is always there, maybe empty. */
public record ListPermissionsResponse(List<String> permissions) {
}
