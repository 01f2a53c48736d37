package uk.quarterlyreturns.people;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import uk.quarterlyreturns.base.security.PasswordUser;
import uk.quarterlyreturns.base.security.SignInAttempts;

/**
 * Signs people in from our own user table (BCrypt password hashes). A username locked after repeated
 * failures is refused before its password is checked, so the answer says nothing about the password. The
 * password's version comes along, for the session to remember.
 */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;
    private final StoredPasswords stored;
    private final SignInAttempts attempts;
    private final ApiAccounts apiAccounts;

    PersonUserDetailsService(PersonRepository people, StoredPasswords stored, SignInAttempts attempts,
            ApiAccounts apiAccounts) {
        this.people = people;
        this.stored = stored;
        this.attempts = attempts;
        this.apiAccounts = apiAccounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = people.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        StoredPasswords.Credentials credentials = stored.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new PasswordUser(person.username(), credentials.hash(), person.enabled(), attempts.isLocked(username),
                credentials.version(), credentials.chosen(), apiAccounts.marked(username),
                person.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
