package nl.waarhebikrechtop.account.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up staff accounts for Spring Security. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    PortalUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.find(username).map(PortalUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
