/**
 * Outgoing e-mail through a transactional outbox.
 * <p>
 * Other modules call {@link nl.waarhebikrechtop.mail.MailOutbox#enqueue(OutgoingMail)} inside the transaction of
 * the change that causes the mail; the mail is rendered from a template ({@link nl.waarhebikrechtop.mail.MailTemplates})
 * and stored in {@code mail_outbox}. A scheduled sender (one node at a time, through ShedLock) delivers pending
 * mails with retries and exponential backoff. Without {@code spring.mail.host} nothing is sent and mails stay in
 * the outbox, readable on the page {@code /beheer/mail}.
 */
package nl.waarhebikrechtop.mail;
