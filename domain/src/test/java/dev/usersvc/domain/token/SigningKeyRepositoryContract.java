package dev.usersvc.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link SigningKeyRepository} does, over an initially empty store. */
public interface SigningKeyRepositoryContract {
    SigningKeyRepository newRepository();

    @Test
    default void listsEveryKeyNewestFirst() {
        SigningKeyRepository keys = newRepository();
        Instant base = Fixtures.uniqueTime();
        SigningKey old = TokenFixtures.aSigningKey(base).retire(base.plusSeconds(5));
        SigningKey current = TokenFixtures.aSigningKey(base.plusSeconds(10));
        keys.insert(old);
        keys.insert(current);

        assertThat(keys.findAll()).containsExactly(current, old);
    }

    @Test
    default void rejectsAKeyIdThatIsTaken() {
        SigningKeyRepository keys = newRepository();
        SigningKey key = TokenFixtures.aSigningKey(Fixtures.uniqueTime());
        keys.insert(key);

        assertThatThrownBy(() -> keys.insert(key))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    default void retiresEveryUnretiredKeyButTheOneToKeep() {
        SigningKeyRepository keys = newRepository();
        Instant base = Fixtures.uniqueTime();
        SigningKey longRetired = TokenFixtures.aSigningKey(base).retire(base.plusSeconds(1));
        SigningKey previous = TokenFixtures.aSigningKey(base.plusSeconds(2));
        SigningKey current = TokenFixtures.aSigningKey(base.plusSeconds(3));
        keys.insert(longRetired);
        keys.insert(previous);
        keys.insert(current);

        keys.retireAllBut(current.keyId(), base.plusSeconds(4));

        assertThat(keys.findAll()).extracting(SigningKey::retiredAt)
                .containsExactly(Optional.empty(), Optional.of(base.plusSeconds(4)), Optional.of(base.plusSeconds(1)));
    }
}
