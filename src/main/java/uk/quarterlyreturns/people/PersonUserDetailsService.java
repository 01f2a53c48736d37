package uk.quarterlyreturns.people;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in from our own user table (BCrypt password hashes). */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Person person = people.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = people.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(person.username())
                .password(hash)
                .disabled(!person.enabled())
                .authorities(person.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
