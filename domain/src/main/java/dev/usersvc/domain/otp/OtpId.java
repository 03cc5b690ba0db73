package dev.usersvc.domain.otp;

import dev.usersvc.domain.Ids;

public record OtpId(String value) {
    public OtpId {
        Ids.checkSupplied(value, "otp id");
    }

    public static OtpId random() {
        return new OtpId(Ids.random("otp"));
    }

    @Override
    public String toString() {
        return value;
    }
}
