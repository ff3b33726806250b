package nl.waarhebikrechtop.account.internal;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import nl.waarhebikrechtop.account.AuditLog;
import nl.waarhebikrechtop.account.CurrentUser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs a staff member in from the login view (a Vaadin form, not a form post): checks the password, gives the
 * HTTP session a new id (against session fixation), keeps the security context in the session and writes the
 * audit log. Unknown user and wrong password look the same to the caller.
 */
@Service
public class LoginService {

    private final AuthenticationManager authenticationManager;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    LoginService(AuthenticationManager authenticationManager, AccountStore accounts, AuditLog audit) {
        this.authenticationManager = authenticationManager;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Returns true and signs the user in when the username and password match an enabled account. */
    public boolean login(String username, String password) {
        String name = username == null ? "" : username.strip();
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, password));
        } catch (AuthenticationException e) {
            // Only a known account is named in the log: a password typed into the username field must not be.
            audit.record(CurrentUser.ANONYMOUS, "login.failed",
                    accounts.find(name).map(a -> "account:" + a.username()).orElse(null), null);
            return false;
        }
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            request.getHttpServletRequest().changeSessionId();
            contextRepository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
        audit.record(authentication.getName(), "login.succeeded", "account:" + authentication.getName(), null);
        return true;
    }
}
