package nl.waarhebikrechtop.content;

import java.util.Locale;

/** An argument of a reason text that formats itself per language, such as an amount of money or a percentage. */
public interface TextArgument {

    String format(Locale locale);
}
