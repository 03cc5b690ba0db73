package dev.usersvc.persistence.user;

import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserRepositoryContract;
import dev.usersvc.persistence.TestDatabase;
import dev.usersvc.persistence.enroll.JdbiEnrollRepository;
import dev.usersvc.persistence.organization.JdbiMembershipRepository;
import dev.usersvc.persistence.token.JdbiTokenRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2UserRepositoryTest implements UserRepositoryContract {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    public UserRepository newRepository() {
        return new JdbiUserRepository(db.jdbi());
    }

    @Override
    public ContactRepository contacts() {
        return new JdbiContactRepository(db.jdbi());
    }

    @Override
    public EnrollRepository enrolls() {
        return new JdbiEnrollRepository(db.jdbi());
    }

    @Override
    public TokenRepository tokens() {
        return new JdbiTokenRepository(db.jdbi());
    }

    @Override
    public MembershipRepository memberships() {
        return new JdbiMembershipRepository(db.jdbi());
    }
}
