package dev.usersvc.rest.token;

import java.util.List;

/** RFC 7517 key set: every key a token of ours may still be signed with. */
public record JwksResponse(List<Jwk> keys) {
}
