package dev.usersvc.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.ErrorKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ContactRepository} does. Both methods work over the same, initially empty, data. */
public interface ContactRepositoryContract {
    ContactRepository newRepository();

    UserRepository users();

    @Test
    default void readsBackEveryFieldItStored() {
        ContactRepository contacts = newRepository();
        User user = users().insert(UserFixtures.aHuman().build());
        Contact contact = UserFixtures.aContact(user.id());
        Contact verified = new Contact(new ContactId("+36301234567"), user.id(), "phone", "+36 30 123 4567", true,
                true, contact.createdAt(), contact.updatedAt().plusSeconds(1));

        contacts.insert(contact);
        contacts.insert(verified);

        assertThat(contacts.findById(contact.id())).contains(contact);
        assertThat(contacts.findById(verified.id())).contains(verified);
    }

    @Test
    default void rejectsAContactIdThatIsTaken() {
        ContactRepository contacts = newRepository();
        User first = users().insert(UserFixtures.aHuman().build());
        User second = users().insert(UserFixtures.aHuman().build());
        Contact contact = UserFixtures.aContact(first.id());
        contacts.insert(contact);

        assertThatThrownBy(() -> contacts.insert(new Contact(contact.id(), second.id(), "email", "x", false, false,
                contact.createdAt(), contact.updatedAt())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("contact is already taken");
                });
        assertThat(contacts.findById(contact.id()).orElseThrow().userId()).isEqualTo(first.id());
    }

    @Test
    default void updatesAContact() {
        ContactRepository contacts = newRepository();
        User user = users().insert(UserFixtures.aHuman().build());
        Contact contact = UserFixtures.aContact(user.id());
        contacts.insert(contact);

        Contact verified = contact.verify(contact.updatedAt().plusSeconds(5));
        contacts.update(verified);

        assertThat(contacts.findById(contact.id())).contains(verified);
    }

    @Test
    default void failsToUpdateAContactThatIsGone() {
        ContactRepository contacts = newRepository();
        User user = users().insert(UserFixtures.aHuman().build());

        assertThatThrownBy(() -> contacts.update(UserFixtures.aContact(user.id())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    default void listsTheContactsOfEachUserInCreationOrder() {
        ContactRepository contacts = newRepository();
        User ada = users().insert(UserFixtures.aHuman().build());
        User bob = users().insert(UserFixtures.aHuman().build());
        User cyd = users().insert(UserFixtures.aHuman().build());
        Contact first = UserFixtures.aContact(ada.id());
        Contact second = UserFixtures.aContact(ada.id());
        Contact bobs = UserFixtures.aContact(bob.id());
        contacts.insert(second);
        contacts.insert(first);
        contacts.insert(bobs);

        assertThat(contacts.findByUser(ada.id())).containsExactly(first, second);
        assertThat(contacts.findByUser(cyd.id())).isEmpty();
        assertThat(contacts.contactIdsOf(List.of(ada.id(), bob.id(), cyd.id()))).isEqualTo(Map.of(
                ada.id(), List.of(first.id(), second.id()), bob.id(), List.of(bobs.id()), cyd.id(), List.of()));
    }
}
