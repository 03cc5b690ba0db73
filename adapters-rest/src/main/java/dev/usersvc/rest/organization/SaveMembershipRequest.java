package dev.usersvc.rest.organization;

/** Contract definition {@code SaveMembershipRequest}: an empty object; the path says everything. */
public record SaveMembershipRequest() {
}
