package nl.waarhebikrechtop.content;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns editor-written Markdown into HTML that is safe to show: whatever an editor types, no script, style or
 * event handler reaches a resident's browser. HTML typed into the Markdown is left out, and so are images and links
 * to anything but a web page, mail address or page of the portal; {@link #render} says what was left out, so the
 * editor's preview can tell them. Headings keep their levels so the outline stays correct.
 */
@Component
public class MarkdownRenderer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "abbr", "dl", "dt", "dd", "code", "pre")
                    .allowAttributes("title").onElements("abbr")
                    .toFactory());

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** What the link policy keeps: web pages, mail addresses and addresses within the portal. */
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:|/|#)[^\\s]*|[^:\\s]*");
    private static final int EXCERPT_LENGTH = 60;

    /** Something typed that residents will not see, with the line (from 1) it starts on. */
    public record Removed(Kind kind, String excerpt, int line) {
        public enum Kind { HTML, IMAGE, LINK }
    }

    /** The HTML to show, and what was left out of the Markdown. */
    public record Rendered(String html, List<Removed> removed) {
    }

    private final Parser parser = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

    public String toSafeHtml(String markdown) {
        return render(markdown).html();
    }

    /** Renders as residents see it, and lists what the editor typed that is left out. */
    public Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        List<Removed> removed = new ArrayList<>();
        List<Node> unsafe = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                removed.add(new Removed(Removed.Kind.HTML, excerpt(html.getLiteral()), line(html)));
                unsafe.add(html);
            }

            @Override
            public void visit(HtmlInline html) {
                removed.add(new Removed(Removed.Kind.HTML, excerpt(html.getLiteral()), line(html)));
                unsafe.add(html);
            }

            @Override
            public void visit(Image image) {
                removed.add(new Removed(Removed.Kind.IMAGE, excerpt(image.getDestination()), line(image)));
                unsafe.add(image);
            }

            @Override
            public void visit(Link link) {
                if (!SAFE_LINK.matcher(link.getDestination().strip()).matches()) {
                    removed.add(new Removed(Removed.Kind.LINK, excerpt(link.getDestination()), line(link)));
                    // keep the link's words, without the link
                    Node child = link.getFirstChild();
                    while (child != null) {
                        Node next = child.getNext();
                        link.insertBefore(child);
                        child = next;
                    }
                    unsafe.add(link);
                    return;
                }
                visitChildren(link);
            }
        });
        unsafe.forEach(Node::unlink);
        return new Rendered(POLICY.sanitize(renderer.render(document)), List.copyOf(removed));
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.getFirst().getLineIndex() + 1;
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_LENGTH ? oneLine : oneLine.substring(0, EXCERPT_LENGTH) + "…";
    }
}
