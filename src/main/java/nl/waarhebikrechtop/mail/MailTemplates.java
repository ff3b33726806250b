package nl.waarhebikrechtop.mail;

import nl.waarhebikrechtop.shared.i18n.MessagesI18nProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders mail templates. A template is a plain-text file {@code mail/<id>.<nl|en>.txt} on the classpath: the
 * first line is the subject, then an empty line, then the body with {@code {{name}}} placeholders. The HTML
 * version is made from the filled-in text (escaped, so a value can never inject markup; paragraphs, line breaks
 * and links kept), so both versions always say the same thing and editors maintain one file per language.
 */
@Component
public class MailTemplates {

    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /**
     * Fills in a template.
     *
     * @throws IllegalArgumentException when the template does not exist or a placeholder has no value
     */
    public RenderedMail render(String templateId, Locale locale, Map<String, ?> parameters) {
        Locale language = MessagesI18nProvider.supported(locale);
        String source = load(templateId, language);
        int split = source.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalStateException("Template " + templateId + " needs a subject line and an empty line");
        }
        // A value with a line break must not break out of the Subject header.
        String subject = fill(source.substring(0, split).strip(), templateId, parameters).replaceAll("\\s+", " ");
        String text = fill(source.substring(split + 2).strip(), templateId, parameters) + "\n";
        return new RenderedMail(subject, text, html(subject, text, language));
    }

    /** True when the template exists in both languages. */
    public boolean exists(String templateId) {
        return TEMPLATE_ID.matcher(templateId).matches()
                && MessagesI18nProvider.LOCALES.stream().allMatch(l -> resource(templateId, l).exists());
    }

    private static String fill(String template, String templateId, Map<String, ?> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = parameters.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "Template " + templateId + " needs a value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String html(String subject, String text, Locale language) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String escaped = HtmlUtils.htmlEscape(paragraph.strip(), StandardCharsets.UTF_8.name());
            String linked = LINK.matcher(escaped).replaceAll(m -> {
                String url = Matcher.quoteReplacement(m.group());
                return "<a href=\"" + url + "\">" + url + "</a>";
            });
            body.append("<p>").append(linked.replace("\n", "<br>\n")).append("</p>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + HtmlUtils.htmlEscape(subject, StandardCharsets.UTF_8.name()) + "</title>\n</head>\n"
                + "<body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a\">\n"
                + body + "</body>\n</html>\n";
    }

    private static String load(String templateId, Locale language) {
        if (!TEMPLATE_ID.matcher(templateId).matches()) {
            throw new IllegalArgumentException("Not a template id: " + templateId);
        }
        ClassPathResource resource = resource(templateId, language);
        if (!resource.exists()) {
            throw new IllegalArgumentException("No mail template " + resource.getPath());
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassPathResource resource(String templateId, Locale language) {
        return new ClassPathResource("mail/" + templateId + "." + language.getLanguage() + ".txt");
    }
}
