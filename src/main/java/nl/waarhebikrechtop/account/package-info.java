/**
 * Staff accounts, roles, login and the audit log.
 * <p>
 * Public API: {@link nl.waarhebikrechtop.account.Role}, {@link nl.waarhebikrechtop.account.CurrentUser} (who is
 * signed in) and {@link nl.waarhebikrechtop.account.AuditLog} (who did what to which record). Views declare access
 * with {@code @AnonymousAllowed} (resident pages) or {@code @RolesAllowed(Role.Names.CASEWORKER)}; the login
 * view is {@code /login}. Accounts live in the {@code user_account} table; demo accounts with fresh random
 * passwords are created at start-up when {@code portal.demo-accounts.enabled=true} (the H2 default).
 */
package nl.waarhebikrechtop.account;
