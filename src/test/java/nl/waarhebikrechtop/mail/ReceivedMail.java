package nl.waarhebikrechtop.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;

/** What a test reads from a mail GreenMail received: subject, headers and the decoded text and HTML parts. */
public record ReceivedMail(String subject, String to, String from, String language, String text, String html) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(message, text, html);
            return new ReceivedMail(message.getSubject(), message.getAllRecipients()[0].toString(),
                    message.getFrom()[0].toString(), message.getHeader("Content-Language", ","), text.toString(),
                    html.toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html)
            throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html);
            }
        }
    }
}
