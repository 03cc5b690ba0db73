package dev.usersvc.persistence.user;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.user.Contact;
import dev.usersvc.domain.user.ContactId;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.persistence.SqlErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Contacts in the {@code contacts} table; they go with their user (ON DELETE CASCADE). */
public final class JdbiContactRepository implements ContactRepository {
    private static final RowMapper<ContactRow> CONTACT_ROW = ConstructorMapper.of(ContactRow.class);

    private final Jdbi jdbi;
    private final ContactDao dao;

    public JdbiContactRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.dao = jdbi.onDemand(ContactDao.class);
    }

    @Override
    public void insert(Contact contact) {
        try {
            dao.insert(ContactRow.from(contact));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("contact is already taken");
            }
            throw e;
        }
    }

    @Override
    public void update(Contact contact) {
        if (dao.update(ContactRow.from(contact)) == 0) {
            throw DomainException.notFound("contact not found");
        }
    }

    @Override
    public Optional<Contact> findById(ContactId id) {
        return dao.findById(id.value()).map(ContactRow::toDomain);
    }

    @Override
    public List<Contact> findByUser(UserId userId) {
        // fluent, not on-demand: read-self makes this call every time (see JdbiUserRepository.findOne)
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + ContactDao.COLUMNS + " FROM contacts WHERE user_id = :userId"
                        + " ORDER BY created_at, id")
                .bind("userId", userId.value()).map(CONTACT_ROW).map(ContactRow::toDomain).list());
    }

    @Override
    public Map<UserId, List<ContactId>> contactIdsOf(List<UserId> userIds) {
        Map<UserId, List<ContactId>> grouped = new LinkedHashMap<>();
        userIds.forEach(userId -> grouped.put(userId, new ArrayList<>()));
        if (!userIds.isEmpty()) {
            for (ContactRow row : dao.findByUsers(userIds.stream().map(UserId::value).distinct().toList())) {
                grouped.get(new UserId(row.userId())).add(new ContactId(row.id()));
            }
        }
        grouped.replaceAll((userId, ids) -> List.copyOf(ids));
        return grouped;
    }
}
