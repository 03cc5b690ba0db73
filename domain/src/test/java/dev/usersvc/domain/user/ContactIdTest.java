package dev.usersvc.domain.user;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.ErrorKind;
import org.junit.jupiter.api.Test;

final class ContactIdTest {
    @Test
    void dropsThePlusTagAndLowercasesAnEmailAddress() {
        assertThat(ContactId.normalized("Plus-Test+123@Test.com").value()).isEqualTo("plus-test@test.com");
    }

    @Test
    void lowercasesAnEmailAddressWithoutTag() {
        assertThat(ContactId.normalized("Ada@Example.COM").value()).isEqualTo("ada@example.com");
    }

    @Test
    void keepsAnIdWithoutAtSignAsItIs() {
        assertThat(ContactId.normalized("+4917012345678").value()).isEqualTo("+4917012345678");
        assertThat(ContactId.normalized("Joe.Phone+1").value()).isEqualTo("Joe.Phone+1");
    }

    @Test
    void keepsAnIdWithTwoAtSignsAsItIs() {
        assertThat(ContactId.normalized("A+b@C@D").value()).isEqualTo("A+b@C@D");
    }

    @Test
    void refusesABlankOrMissingId() {
        assertThat(kindOf(() -> ContactId.normalized(null))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> ContactId.normalized(" "))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> new ContactId("a b@c.d"))).isEqualTo(ErrorKind.INVALID_INPUT);
    }
}
