package dev.usersvc.rest.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/** {@code {}}: the contract's empty success bodies (SaveSelfResponse, DeleteUserResponse…). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class EmptyResponse {
    public static final EmptyResponse INSTANCE = new EmptyResponse();

    private EmptyResponse() {
    }
}
