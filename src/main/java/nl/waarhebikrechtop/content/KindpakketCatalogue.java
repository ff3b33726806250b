package nl.waarhebikrechtop.content;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Kindpakket's partner provisions from {@code content/kindpakket.yaml}, read and checked at start-up. */
@Service
public class KindpakketCatalogue {

    /** The file's shape: a list of provisions. */
    record CatalogueFile(List<KindpakketProvision> provisions) {
    }

    private final List<KindpakketProvision> provisions;

    @Autowired
    public KindpakketCatalogue(ContentProperties properties) {
        this(properties.dir().toAbsolutePath().normalize().resolve("kindpakket.yaml"));
    }

    KindpakketCatalogue(Path file) {
        CatalogueFile content = YamlFiles.read(file, CatalogueFile.class);
        if (content.provisions() == null || content.provisions().isEmpty()) {
            throw new ContentException(file, "no provisions");
        }
        Set<String> ids = new HashSet<>();
        for (KindpakketProvision p : content.provisions()) {
            if (p.id() == null || p.name() == null || p.description() == null || p.partner() == null
                    || p.link() == null || p.source() == null) {
                throw new ContentException(file, "provision " + p.id() + ": id, partner, name, description, link "
                        + "and source are required");
            }
            if (!ids.add(p.id())) {
                throw new ContentException(file, "provision id '" + p.id() + "' appears twice");
            }
            if (p.minAge() < 0 || p.maxAge() < p.minAge()) {
                throw new ContentException(file, "provision " + p.id() + ": ages must satisfy 0 <= minAge <= maxAge");
            }
        }
        provisions = List.copyOf(content.provisions());
    }

    public List<KindpakketProvision> provisions() {
        return provisions;
    }
}
