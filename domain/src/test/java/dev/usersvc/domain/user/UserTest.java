package dev.usersvc.domain.user;

import static dev.usersvc.domain.Failures.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.usersvc.domain.ErrorKind;
import dev.usersvc.domain.Fixtures;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class UserTest {
    private static final Instant LATER = Fixtures.T0.plusSeconds(3600);

    @Test
    void keepsNameAndThumbnailWhenTheNewValuesAreEmpty() {
        User user = UserFixtures.aHuman().name("Ada").thumbnailFileId("file-1").build();

        User changed = user.withProfile("", null, LATER);

        assertThat(changed.name()).isEqualTo("Ada");
        assertThat(changed.thumbnailFileId()).isEqualTo("file-1");
        assertThat(changed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void replacesNameAndThumbnailWhenGiven() {
        User user = UserFixtures.aHuman().name("Ada").thumbnailFileId("file-1").build();

        User changed = user.withProfile("Ada King", "file-2", LATER);

        assertThat(changed.name()).isEqualTo("Ada King");
        assertThat(changed.thumbnailFileId()).isEqualTo("file-2");
        assertThat(changed.slug()).isEqualTo(user.slug());
        assertThat(changed.createdAt()).isEqualTo(user.createdAt());
    }

    @Test
    void mergesLabelsKeepingKeysItWasNotGiven() {
        User user = UserFixtures.aHuman().labels(Map.of("team", "core", "tier", "gold")).build();

        User changed = user.withLabelsMerged(Map.of("tier", "silver", "region", "eu"), LATER);

        assertThat(changed.labels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("team", "core", "tier", "silver", "region", "eu"));
    }

    @Test
    void replacingLabelsDropsTheKeysItWasNotGiven() {
        User user = UserFixtures.aHuman().labels(Map.of("team", "core", "tier", "gold")).build();

        User changed = user.withLabels(Map.of("tier", "silver"), LATER);

        assertThat(changed.labels()).containsExactlyEntriesOf(Map.of("tier", "silver"));
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(user.withLabels(Map.of(), LATER).labels()).isEmpty();
        assertThat(kindOf(() -> user.withLabels(labels(101), LATER))).isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void acceptsAHundredLabels() {
        User user = UserFixtures.aHuman().build();

        assertThat(user.withLabelsMerged(labels(100), LATER).labels()).hasSize(100);
    }

    @Test
    void refusesTheHundredAndFirstLabel() {
        User user = UserFixtures.aHuman().build().withLabelsMerged(labels(100), LATER);

        assertThat(kindOf(() -> user.withLabelsMerged(Map.of("one-more", "x"), LATER)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void acceptsANameOf200Characters() {
        User user = User.create(UserId.random(), new Slug("ada"), "n".repeat(200), UserType.HUMAN, null, LATER);

        assertThat(user.name()).hasSize(200);
    }

    @Test
    void refusesANameOver200Characters() {
        String tooLong = "n".repeat(201);

        assertThat(kindOf(() -> User.create(UserId.random(), new Slug("ada"), tooLong, UserType.HUMAN, null, LATER)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kindOf(() -> UserFixtures.aHuman().build().withProfile(tooLong, "", LATER)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
    }

    @Test
    void changesThePasswordHashOnly() {
        User user = UserFixtures.aHuman().build();

        User changed = user.withPassword(new PasswordHash("fixed:new-password"), LATER);

        assertThat(changed.passwordHash()).contains(new PasswordHash("fixed:new-password"));
        assertThat(changed.name()).isEqualTo(user.name());
        assertThat(changed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void tellsServicesByTheirSvcSlug() {
        assertThat(UserType.ofSlug(new Slug("petstore-svc"))).isEqualTo(UserType.SERVICE);
        assertThat(UserType.ofSlug(new Slug("svc"))).isEqualTo(UserType.HUMAN);
        assertThat(UserType.ofSlug(new Slug("ada"))).isEqualTo(UserType.HUMAN);
    }

    private static Map<String, String> labels(int count) {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < count; i++) {
            labels.put("key-" + i, "value-" + i);
        }
        return labels;
    }
}
