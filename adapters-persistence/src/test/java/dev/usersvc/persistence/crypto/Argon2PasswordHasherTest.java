package dev.usersvc.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.user.Password;
import dev.usersvc.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    // light parameters keep the suite fast; the defaults are checked separately
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(1024, 1, 1);

    @Test
    void matchesTheRightPasswordOnly() {
        PasswordHash hash = hasher.hash(new Password("correct horse"));

        assertThat(hasher.matches(new Password("correct horse"), hash)).isTrue();
        assertThat(hasher.matches(new Password("wrong horse!"), hash)).isFalse();
    }

    @Test
    void makesASaltedArgon2idPhcStringWithTheOwaspDefaults() {
        Argon2PasswordHasher defaults = new Argon2PasswordHasher();
        PasswordHash first = defaults.hash(new Password("correct horse"));
        PasswordHash second = defaults.hash(new Password("correct horse"));

        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).isNotEqualTo(second);
        assertThat(defaults.needsRehash(first)).isFalse();
    }

    @Test
    void asksForARehashOfHashesMadeWithWeakerParameters() {
        PasswordHash weak = hasher.hash(new Password("correct horse"));

        assertThat(new Argon2PasswordHasher(2048, 1, 1).needsRehash(weak)).isTrue();
        assertThat(new Argon2PasswordHasher(1024, 2, 1).needsRehash(weak)).isTrue();
        assertThat(hasher.needsRehash(weak)).isFalse();
    }

    @Test
    void burnsWorkForAnUnknownAccountWithoutFailing() {
        long start = System.nanoTime();
        hasher.burnEquivalentWork(new Password("whatever password"));

        assertThat(System.nanoTime() - start).isPositive();
    }
}
