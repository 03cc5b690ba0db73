package dev.usersvc.domain.token;

import dev.usersvc.domain.Ids;

public record TokenId(String value) {
    public TokenId {
        Ids.checkSupplied(value, "token id");
    }

    public static TokenId random() {
        return new TokenId(Ids.random("tok"));
    }

    @Override
    public String toString() {
        return value;
    }
}
