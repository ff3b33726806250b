package nl.waarhebikrechtop.content;

import java.nio.file.Path;

/** Content that cannot be used: the message names the file (and line where known) so an editor can fix it. */
public class ContentException extends RuntimeException {

    public ContentException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ContentException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
