package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Slugs nobody may register: ours, {@code admin}, and whatever the operator lists (decision 11). */
public record ReservedSlugs(Set<String> slugs) {
    public static final Set<String> ALWAYS = Set.of("user-svc", "admin");

    public ReservedSlugs {
        slugs = Stream.concat(ALWAYS.stream(), slugs.stream()).collect(Collectors.toUnmodifiableSet());
    }

    public void checkAvailable(Slug slug) {
        if (slugs.contains(slug.value())) {
            throw DomainException.invalid("slug is reserved");
        }
    }
}
