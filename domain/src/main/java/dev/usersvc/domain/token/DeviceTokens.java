package dev.usersvc.domain.token;

import java.time.Instant;

/**
 * One device's tokens of a user: how many are not revoked, how many of those have not expired yet ({@code live}),
 * and when the newest of them (revoked or not) was issued.
 */
public record DeviceTokens(String device, long unrevoked, long live, Instant lastIssuedAt) {
}
