package dev.usersvc.persistence.user;

import dev.usersvc.domain.DomainException;
import dev.usersvc.domain.Page;
import dev.usersvc.domain.user.Slug;
import dev.usersvc.domain.user.User;
import dev.usersvc.domain.user.UserId;
import dev.usersvc.domain.user.UserQuery;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserType;
import dev.usersvc.persistence.SqlErrors;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Users in the {@code users} table, labels in {@code user_labels}. Returns what it stored: times cut to
 * microseconds, and a creation time nudged past any that is taken.
 */
public final class JdbiUserRepository implements UserRepository {
    /** Far more than any burst of sign-ups within one microsecond; beyond it something else is wrong. */
    private static final int MAX_NUDGES = 50;

    private static final RowMapper<UserRow> USER_ROW = ConstructorMapper.of(UserRow.class);
    private static final RowMapper<LabelRow> LABEL_ROW = ConstructorMapper.of(LabelRow.class);

    private final Jdbi jdbi;
    private final UserDao dao;

    public JdbiUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.dao = jdbi.onDemand(UserDao.class);
    }

    @Override
    public User insert(User user) {
        UserRow row = UserRow.from(user);
        List<LabelRow> labels = LabelRow.of(user);
        for (int attempt = 0; attempt < MAX_NUDGES; attempt++) {
            if (insertUnlessTaken(row, labels) == 1) {
                return row.toDomain(user.labels());
            }
            if (dao.countBySlug(row.slug()) > 0) {
                throw DomainException.conflict("slug is already taken");
            }
            if (dao.countById(row.id()) > 0) {
                throw DomainException.conflict("user id is already taken");
            }
            row = row.withCreatedAt(row.createdAt().plus(1, ChronoUnit.MICROS));
        }
        throw new IllegalStateException("no free creation time within " + MAX_NUDGES + " microseconds");
    }

    private int insertUnlessTaken(UserRow row, List<LabelRow> labels) {
        try {
            return dao.insert(row, labels);
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) { // only if a database ignored ON CONFLICT
                throw DomainException.conflict("slug is already taken");
            }
            throw e;
        }
    }

    @Override
    public void update(User user) {
        int updated;
        try {
            updated = dao.update(UserRow.from(user), LabelRow.of(user));
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw DomainException.conflict("slug is already taken");
            }
            throw e;
        }
        if (updated == 0) {
            throw DomainException.notFound("user not found");
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findOne("id", id.value());
    }

    @Override
    public Optional<User> findBySlug(Slug slug) {
        return findOne("slug", slug.value());
    }

    /**
     * Row and labels on one handle, through the fluent API: these reads serve nearly every authenticated call, and
     * attaching the on-demand SQL object per call cost more than the queries (bench/README.md, findings).
     */
    private Optional<User> findOne(String keyColumn, String key) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + UserDao.COLUMNS + " FROM users WHERE " + keyColumn + " = :key")
                .bind("key", key).map(USER_ROW).findOne()
                .map(row -> {
                    Map<String, String> labels = new HashMap<>();
                    handle.createQuery("SELECT user_id, label_key, label_value FROM user_labels WHERE user_id = :id")
                            .bind("id", row.id()).map(LABEL_ROW)
                            .forEach(label -> labels.put(label.labelKey(), label.labelValue()));
                    return row.toDomain(labels);
                }));
    }

    private Map<String, Map<String, String>> labelsOf(List<String> userIds) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        if (userIds.isEmpty()) {
            return labels;
        }
        for (LabelRow label : dao.labelsOf(userIds)) {
            labels.computeIfAbsent(label.userId(), id -> new HashMap<>()).put(label.labelKey(), label.labelValue());
        }
        return labels;
    }

    @Override
    public Page<User> list(UserQuery query) {
        if (query.ids().map(List::isEmpty).orElse(false)) {
            return new Page<>(List.of(), 0);
        }
        List<UserRow> rows = dao.withHandle(handle -> pageOf(handle, query));
        long total = query.withTotal() ? dao.withHandle(handle -> totalOf(handle, query)) : 0;
        Map<String, Map<String, String>> labels = labelsOf(rows.stream().map(UserRow::id).toList());
        List<User> users = rows.stream().map(row -> row.toDomain(labels.getOrDefault(row.id(), Map.of()))).toList();
        return new Page<>(users, total);
    }

    /**
     * The SQL is assembled only from the fixed fragments below, chosen by the query's shape; every value the
     * query carries is bound as a parameter.
     */
    private static List<UserRow> pageOf(Handle handle, UserQuery query) {
        String sortColumn = query.sortField() == UserQuery.SortField.CREATED_AT ? "u.created_at" : "u.updated_at";
        String direction = query.descending() ? "DESC" : "ASC";
        List<String> conditions = filtersOf(query);
        if (query.after().isPresent()) {
            conditions.add(sortColumn + (query.descending() ? " < :after" : " > :after"));
        }
        String sql = "SELECT u.id, u.slug, u.name, u.type, u.thumbnail_file_id, u.password_hash, u.created_at,"
                + " u.updated_at FROM users u" + where(conditions)
                + " ORDER BY " + sortColumn + " " + direction + ", u.id " + direction + " LIMIT :limit";
        Query statement = bindFilters(handle.createQuery(sql), query).bind("limit", query.limit());
        query.after().ifPresent(after -> statement.bind("after", after));
        return statement.mapTo(UserRow.class).list();
    }

    private static long totalOf(Handle handle, UserQuery query) {
        String sql = "SELECT COUNT(*) FROM users u" + where(filtersOf(query));
        return bindFilters(handle.createQuery(sql), query).mapTo(Long.class).one();
    }

    private static List<String> filtersOf(UserQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.ids().isPresent()) {
            conditions.add("u.id IN (<ids>)");
        }
        if (query.search().isPresent()) {
            conditions.add("(u.slug = :search OR u.name = :search"
                    + " OR u.id IN (SELECT c.user_id FROM contacts c WHERE c.id = :search))");
        }
        if (query.contactId().isPresent()) {
            conditions.add("u.id IN (SELECT c.user_id FROM contacts c WHERE c.id = :contactId)");
        }
        if (query.type().isPresent()) {
            conditions.add("u.type = :type");
        }
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query bindFilters(Query statement, UserQuery query) {
        query.ids().ifPresent(ids -> statement.bindList("ids", ids.stream().map(UserId::value).toList()));
        query.search().ifPresent(search -> statement.bind("search", search));
        query.contactId().ifPresent(contactId -> statement.bind("contactId", contactId.value()));
        query.type().ifPresent(type -> statement.bind("type", type.name()));
        return statement;
    }

    @Override
    public void delete(UserId id) {
        if (dao.delete(id.value()) == 0) {
            throw DomainException.notFound("user not found");
        }
    }

    @Override
    public long count() {
        return dao.count();
    }

    @Override
    public long countByType(UserType type) {
        return dao.countByType(type.name());
    }
}
