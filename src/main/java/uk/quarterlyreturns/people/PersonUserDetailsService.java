package uk.quarterlyreturns.people;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.security.SignInAttempts;

/**
 * Signs people in from our own user table (BCrypt password hashes). A username locked after repeated
 * failures is refused before its password is checked, so the answer says nothing about the password.
 */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final SignInAttempts attempts;

    PersonUserDetailsService(PersonRepository people, SignInAttempts attempts) {
        this.people = people;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = people.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = people.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(person.username())
                .password(hash)
                .disabled(!person.enabled())
                .accountLocked(attempts.isLocked(username))
                .authorities(person.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
