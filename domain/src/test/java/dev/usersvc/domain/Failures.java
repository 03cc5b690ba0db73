package dev.usersvc.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Reads what kind of {@link DomainException} a call fails with: {@code assertThat(kindOf(() -> …)).isEqualTo(…)}. */
public final class Failures {
    private Failures() {
    }

    /** Fails the test when the call returns normally or throws anything but a {@link DomainException}. */
    public static ErrorKind kindOf(ThrowingCallable call) {
        return failureOf(call).kind();
    }

    public static DomainException failureOf(ThrowingCallable call) {
        DomainException[] caught = new DomainException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> caught[0] = e);
        return caught[0];
    }
}
