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
    private final LoginAttempts attempts;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    LoginService(AuthenticationManager authenticationManager, AccountStore accounts, AuditLog audit,
                 LoginAttempts attempts) {
        this.authenticationManager = authenticationManager;
        this.accounts = accounts;
        this.audit = audit;
        this.attempts = attempts;
    }

    /** The outcome of a login attempt. */
    public enum Result { SIGNED_IN, WRONG_CREDENTIALS, TOO_MANY_ATTEMPTS }

    /** Signs the user in when the username and password match an enabled account and the name is not blocked. */
    public Result login(String username, String password) {
        String name = username == null ? "" : username.strip();
        if (attempts.blocked(name)) {
            audit.record(CurrentUser.ANONYMOUS, "login.blocked", knownAccount(name), null);
            return Result.TOO_MANY_ATTEMPTS;
        }
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, password));
        } catch (AuthenticationException e) {
            attempts.failed(name);
            audit.record(CurrentUser.ANONYMOUS, "login.failed", knownAccount(name), null);
            return Result.WRONG_CREDENTIALS;
        }
        attempts.succeeded(name);
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
        return Result.SIGNED_IN;
    }

    /** Only a known account is named in the audit log: a password typed into the username field must not be. */
    private String knownAccount(String name) {
        return accounts.find(name).map(a -> "account:" + a.username()).orElse(null);
    }
}
