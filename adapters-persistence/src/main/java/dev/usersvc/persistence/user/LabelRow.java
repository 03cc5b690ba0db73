package dev.usersvc.persistence.user;

import dev.usersvc.domain.user.User;
import java.util.List;

/** One row of {@code user_labels}. */
public record LabelRow(String userId, String labelKey, String labelValue) {
    static List<LabelRow> of(User user) {
        return user.labels().entrySet().stream()
                .map(label -> new LabelRow(user.id().value(), label.getKey(), label.getValue()))
                .toList();
    }
}
