package dev.usersvc.persistence.user;

import dev.usersvc.domain.enroll.EnrollRepository;
import dev.usersvc.domain.enroll.InMemoryEnrollRepository;
import dev.usersvc.domain.organization.InMemoryMembershipRepository;
import dev.usersvc.domain.organization.MembershipRepository;
import dev.usersvc.domain.token.InMemoryTokenRepository;
import dev.usersvc.domain.token.TokenRepository;
import dev.usersvc.domain.user.ContactRepository;
import dev.usersvc.domain.user.InMemoryContactRepository;
import dev.usersvc.domain.user.InMemoryUserRepository;
import dev.usersvc.domain.user.UserRepository;
import dev.usersvc.domain.user.UserRepositoryContract;

class InMemoryUserRepositoryTest implements UserRepositoryContract {
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryEnrollRepository enrolls = new InMemoryEnrollRepository();
    private final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    private final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository();
    private final InMemoryUserRepository users = new InMemoryUserRepository(contacts, enrolls, tokens, memberships);

    @Override
    public UserRepository newRepository() {
        return users;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public EnrollRepository enrolls() {
        return enrolls;
    }

    @Override
    public TokenRepository tokens() {
        return tokens;
    }

    @Override
    public MembershipRepository memberships() {
        return memberships;
    }
}
