package dev.usersvc.domain.user;

import dev.usersvc.domain.DomainException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ContactRepository} in a map that behaves like the database: unique ids, microsecond times. */
public final class InMemoryContactRepository implements ContactRepository {
    private static final Comparator<Contact> ORDER =
            Comparator.comparing(Contact::createdAt).thenComparing(contact -> contact.id().value());

    private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Contact contact) {
        if (contacts.containsKey(contact.id())) {
            throw DomainException.conflict("contact is already taken");
        }
        contacts.put(contact.id(), asStored(contact));
    }

    @Override
    public synchronized void update(Contact contact) {
        Contact existing = contacts.get(contact.id());
        if (existing == null) {
            throw DomainException.notFound("contact not found");
        }
        // like the database, an update never moves a contact to another user or changes when it was made
        contacts.put(contact.id(), asStored(new Contact(contact.id(), existing.userId(), contact.platform(),
                contact.handle(), contact.verified(), contact.primary(), existing.createdAt(), contact.updatedAt())));
    }

    @Override
    public synchronized Optional<Contact> findById(ContactId id) {
        return Optional.ofNullable(contacts.get(id));
    }

    @Override
    public synchronized List<Contact> findByUser(UserId userId) {
        return contacts.values().stream().filter(contact -> contact.userId().equals(userId)).sorted(ORDER).toList();
    }

    @Override
    public synchronized Map<UserId, List<ContactId>> contactIdsOf(List<UserId> userIds) {
        Map<UserId, List<ContactId>> result = new LinkedHashMap<>();
        for (UserId userId : userIds) {
            result.put(userId, findByUser(userId).stream().map(Contact::id).toList());
        }
        return result;
    }

    /** What the database's cascade does when the user goes. */
    public synchronized void deleteByUser(UserId userId) {
        contacts.values().removeIf(contact -> contact.userId().equals(userId));
    }

    private static Contact asStored(Contact contact) {
        return new Contact(contact.id(), contact.userId(), contact.platform(), contact.handle(), contact.verified(),
                contact.primary(), contact.createdAt().truncatedTo(ChronoUnit.MICROS),
                contact.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }
}
