package dev.usersvc.persistence.login;

import dev.usersvc.domain.login.FailureCounter;
import dev.usersvc.domain.login.FailureCounterRepository;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Failed sign-in counters in {@code login_failures}, shared by every node. */
public final class JdbiFailureCounterRepository implements FailureCounterRepository {
    private final FailureCounterDao dao;

    public JdbiFailureCounterRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(FailureCounterDao.class);
    }

    @Override
    public Optional<FailureCounter> find(String key) {
        return dao.find(key).map(FailureCounterRow::toDomain);
    }

    @Override
    public void save(FailureCounter counter) {
        dao.save(FailureCounterRow.from(counter));
    }

    @Override
    public void delete(String key) {
        dao.delete(key);
    }
}
