package dev.usersvc.rest.organization;

/** Contract definition {@code DeleteMembershipRequest}: an empty object; the path says everything. */
public record DeleteMembershipRequest() {
}
